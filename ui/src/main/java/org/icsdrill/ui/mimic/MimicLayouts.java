package org.icsdrill.ui.mimic;

import static org.icsdrill.core.mimic.MimicLayout.LineKind.DUCT;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.ELECTRIC;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.PROCESS;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SHAFT;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SIGNAL;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.UTILITY;
import static org.icsdrill.core.mimic.SymbolKind.BOILER;
import static org.icsdrill.core.mimic.SymbolKind.BREAKER;
import static org.icsdrill.core.mimic.SymbolKind.CHILLER;
import static org.icsdrill.core.mimic.SymbolKind.COIL;
import static org.icsdrill.core.mimic.SymbolKind.COMPRESSOR;
import static org.icsdrill.core.mimic.SymbolKind.CONTROLLER;
import static org.icsdrill.core.mimic.SymbolKind.DAMPER;
import static org.icsdrill.core.mimic.SymbolKind.DOOR;
import static org.icsdrill.core.mimic.SymbolKind.FAN;
import static org.icsdrill.core.mimic.SymbolKind.GENERATOR;
import static org.icsdrill.core.mimic.SymbolKind.LAMP;
import static org.icsdrill.core.mimic.SymbolKind.MOTOR;
import static org.icsdrill.core.mimic.SymbolKind.PUMP;
import static org.icsdrill.core.mimic.SymbolKind.RELIEF_VALVE;
import static org.icsdrill.core.mimic.SymbolKind.TURBINE;
import static org.icsdrill.core.mimic.SymbolKind.VALVE;
import static org.icsdrill.core.mimic.SymbolKind.VESSEL;
import static org.icsdrill.core.mimic.SymbolKind.ZONE;

import java.util.List;
import java.util.Optional;
import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.Equipment.Loop;
import org.icsdrill.core.mimic.Equipment.Side;
import org.icsdrill.core.mimic.MimicLayout;

/**
 * The mimic of each plant, as data: where each symbol sits and which tags drive it. Coordinates are
 * pixels of a {@link #WIDTH} x {@link #HEIGHT} drawing, which fits beside the faceplate in a
 * 1280 x 720 window. Tag names are those of the README's register maps; a test checks that every one
 * exists in the plant's declarations.
 */
public final class MimicLayouts {

    public static final double WIDTH = 950;
    public static final double HEIGHT = 630;
    /** The plants with a mimic, in the simulator's default order. */
    public static final List<String> PLANTS = List.of("power", "gas", "building", "chemical");

    private MimicLayouts() {
    }

    /** The layout of a plant, empty for a plant this console has no mimic of. */
    public static Optional<MimicLayout> of(String plantId) {
        return Optional.ofNullable(switch (plantId) {
            case "power" -> power();
            case "gas" -> gas();
            case "building" -> building();
            case "chemical" -> chemical();
            default -> null;
        });
    }

    /**
     * The steam unit: feedwater valve and drum, furnace under pressure control, governor and intercept
     * valves, HP and LP turbines, generator, breaker 52G, the bus with the area load and the tie line;
     * AGC and the protection relays.
     */
    static MimicLayout power() {
        Loop lic = Loop.of("LIC-BLR", "BLR.LT", "BLR.LIC.SP", "BLR.FV", "BLR.LIC.AUTO", "BLR.FFW", "BLR.FT");
        Loop pic = Loop.of("PIC-BLR", "BLR.PT", "BLR.PIC.SP", "BLR.FIRE", "BLR.PIC.AUTO", "BLR.FT");
        Loop governor = Loop.of("SIC-GOV", "TURB.ST", "GOV.PREF", "TURB.GV", "GOV.AUTO", "GEN.FT", "GEN.PT",
                "GOV.DROOP", "TURB.IV");
        Loop agc = Loop.of("JIC-AGC", "AGC.ACE", "TIE.SCHED", "GOV.PREF", "AGC.AUTO", "TIE.PT", "GEN.FT");
        Loop breaker = Loop.of("52G", "GEN.CB", null, "GEN.CB_CMD", null, "GEN.PT", "PROT.TRIP");
        Loop protection = Loop.of("PROT", "PROT.TRIP", null, null, null, "PROT.CAUSE", "PROT.ST", "PROT.FT",
                "PROT.PT", "PROT.OSP", "PROT.OF", "PROT.UF", "PROT.RP", "PROT.RESET");
        return MimicLayout.builder("power", WIDTH, HEIGHT)
                .heading("mimic.power.title", 12, 8)
                // feedwater and drum (LIC), furnace (PIC)
                .caption("mimic.power.feedwater", 12, 126)
                .flow(PROCESS, 12, 150, 118, 150)
                .add(Equipment.at(VALVE, "BLR.FV", 90, 150).state("BLR.FV").loop(lic))
                .line(SIGNAL, 90, 109, 90, 130)
                .add(Equipment.at(CONTROLLER, "LIC-BLR", 90, 90).loop(lic))
                .gauge("BLR.FFW", 16, 184)
                .line(UTILITY, 160, 173, 160, 240)
                .line(UTILITY, 220, 173, 220, 240)
                .add(Equipment.at(VESSEL, "DRUM", 190, 150).size(140, 46).level("BLR.LT").alarms("BLR.LT").loop(lic))
                .add(Equipment.at(BOILER, "BLR", 190, 330).size(120, 180).label(Side.LEFT).state("BLR.FIRE")
                        .alarms("BLR.PT").loop(pic))
                .line(SIGNAL, 190, 451, 190, 420)
                .add(Equipment.at(CONTROLLER, "PIC-BLR", 190, 470).loop(pic))
                // main steam through the governor valve to HP, reheat through the intercept valve to LP
                .flow(PROCESS, 240, 127, 240, 80, 420, 80, 420, 200, 436, 200)
                .add(Equipment.at(VALVE, "TURB.GV", 370, 80).state("TURB.GV").loop(governor))
                .line(SIGNAL, 451, 45, 370, 45, 370, 60)
                .add(Equipment.at(CONTROLLER, "SIC-GOV", 470, 45).loop(governor))
                .gauges(272, 112, 36, "BLR.FT", "BLR.PT", "BLR.LT")
                .flow(PROCESS, 470, 172, 470, 140, 585, 140, 585, 170)
                .add(Equipment.at(VALVE, "TURB.IV", 527, 140).label(Side.ABOVE).state("TURB.IV").loop(governor))
                .caption("mimic.power.reheat", 478, 146)
                .add(Equipment.at(TURBINE, "HP", 460, 200).size(44, 64).state("TURB.ST").alarms("TURB.XS", "TURB.ST")
                        .loop(governor))
                .add(Equipment.at(TURBINE, "LP", 600, 200).size(60, 96).state("TURB.ST").alarms("TURB.XS", "TURB.ST")
                        .loop(governor))
                .line(SHAFT, 482, 200, 570, 200)
                .line(SHAFT, 630, 200, 676, 200)
                .gauge("TURB.ST", 440, 262)
                // generator, breaker 52G, bus, area load, tie line
                .add(Equipment.at(GENERATOR, "GEN", 700, 200).state("TURB.ST").alarms("GEN.FT", "GEN.PT")
                        .loop(breaker))
                .gauges(650, 252, 36, "GEN.FT", "GEN.PT")
                .line(ELECTRIC, 724, 200, 810, 200)
                .add(Equipment.at(BREAKER, "52G", 765, 200).label(Side.ABOVE).state("GEN.CB").loop(breaker))
                .line(ELECTRIC, 810, 170, 810, 440)
                .caption("mimic.power.bus", 816, 160)
                .flow(ELECTRIC, 810, 260, 940, 260)
                .caption("mimic.power.area", 816, 236)
                .gauge("AREA.PT", 816, 270)
                .add(lamp("AREA.LOST", 826, 320, null, null))
                .line(ELECTRIC, 810, 400, 940, 400)
                .caption("mimic.power.tie", 816, 350)
                .add(Equipment.at(BREAKER, "TIE.CB", 870, 400).label(Side.ABOVE).state("TIE.CB")
                        .loop(Loop.of("TIE.CB", "TIE.CB", "TIE.SCHED", null, null, "TIE.PT")))
                .gauge("TIE.PT", 816, 420)
                .value("TIE.SCHED", 816, 456)
                // automatic generation control
                .box(410, 335, 380, 100)
                .heading("mimic.power.agc", 420, 340)
                .add(Equipment.at(CONTROLLER, "JIC-AGC", 440, 395).loop(agc))
                .gauge("AGC.ACE", 640, 362)
                .value("GOV.PREF", 640, 398)
                .value("GOV.DROOP", 640, 416)
                // unit protection on its own transducers
                .box(410, 450, 380, 140)
                .heading("mimic.power.protection", 420, 455)
                .add(lamp("PROT.TRIP", 432, 492, "mimic.power.trip", protection))
                .value("PROT.CAUSE", 425, 510)
                .add(lamp("TURB.XS", 432, 552, "mimic.power.damage", protection))
                .gauges(640, 478, 36, "PROT.ST", "PROT.FT", "PROT.PT")
                .build();
    }

    /**
     * The gas plant: suction, compressor K101 on its drive with the anti-surge recycle (UIC101), the
     * pipeline's line pack, and PRS1: SIS slam-shut valve, pressure regulator (PIC301), relief valve and
     * odorant pump (FFIC401) before the city.
     */
    static MimicLayout gas() {
        Loop uic = Loop.of("UIC101", "K101.UY101", "K101.UIC101.SP", "K101.FV101", "K101.UIC101.AUTO", "K101.XA101");
        Loop pic201 = Loop.of("PIC201", "PL1.PT201", "K101.PIC201.SP", "K101.SC101", "K101.PIC201.AUTO",
                "K101.ST101", "K101.VT101", "K101.FATIGUE");
        Loop pic301 = Loop.of("PIC301", "PRS1.PT301", "PRS1.PIC301.SP", "PRS1.PV301", "PRS1.PIC301.AUTO", "PRS1.FT301");
        Loop ffic = Loop.of("FFIC401", "ODR1.AT401", "ODR1.FFIC401.SP", "ODR1.P401", "ODR1.FFIC401.AUTO");
        Loop sis = Loop.of("SIS", "SIS.PT302", "SIS.PSHH302", null, null, "SIS.ST201", "SIS.SSHH201", "SIS.VT201",
                "SIS.VSHH201", "SIS.XS201", "SIS.XV301", "SIS.TRIP", "SIS.RESET");
        return MimicLayout.builder("gas", WIDTH, HEIGHT)
                .heading("mimic.gas.title", 12, 8)
                // suction, compressor with its drive, anti-surge recycle
                .caption("mimic.gas.supply", 16, 206)
                .flow(PROCESS, 16, 230, 204, 230)
                .gauge("K101.PT101", 24, 240)
                .flow(PROCESS, 300, 230, 300, 130, 150, 130, 150, 226)
                .add(Equipment.at(VALVE, "FV101", 215, 130).state("K101.FV101").loop(uic))
                .line(SIGNAL, 215, 89, 215, 110)
                .add(Equipment.at(CONTROLLER, "UIC101", 215, 70).loop(uic))
                .gauge("K101.UY101", 320, 150)
                .add(Equipment.at(COMPRESSOR, "K101", 230, 230).label(Side.ABOVE).state("K101.ST101")
                        .alarms("K101.XA101", "K101.XS101", "K101.VT101", "K101.FATIGUE", "K101.ST101").loop(pic201))
                .line(SHAFT, 230, 256, 230, 317)
                .add(Equipment.at(MOTOR, "SC101", 230, 330).state("K101.SC101").alarms("SIS.XS201").loop(pic201))
                .line(SIGNAL, 301, 330, 243, 330)
                .add(Equipment.at(CONTROLLER, "PIC201", 320, 330).loop(pic201))
                .gauges(24, 290, 40, "K101.ST101", "K101.VT101", "K101.FATIGUE")
                .add(lamp("K101.XA101", 36, 424, "mimic.gas.surge", uic))
                .add(lamp("K101.XS101", 36, 448, "mimic.gas.rotorFailed", pic201))
                // discharge into the pipeline's line pack
                .flow(PROCESS, 256, 230, 606, 230)
                .gauges(320, 240, 36, "K101.PT102", "K101.FT101")
                .caption("mimic.gas.pipeline", 420, 206)
                .gauge("PL1.PT201", 470, 240)
                // pressure-regulating station: slam-shut, regulator, relief, odorant
                .box(600, 110, 344, 340)
                .heading("mimic.gas.station", 610, 116)
                .flow(PROCESS, 606, 230, 944, 230)
                .add(Equipment.at(VALVE, "XV301", 640, 230).state("SIS.XV301").loop(sis))
                .add(Equipment.at(VALVE, "PV301", 710, 230).state("PRS1.PV301").loop(pic301))
                .line(SIGNAL, 710, 184, 710, 210)
                .add(Equipment.at(CONTROLLER, "PIC301", 710, 165).loop(pic301))
                .caption("mimic.gas.city", 862, 238)
                .gauges(616, 266, 36, "PRS1.PT301", "PRS1.FT301")
                .flow(PROCESS, 900, 230, 900, 203)
                .flow(PROCESS, 913, 190, 938, 190)
                .add(Equipment.at(RELIEF_VALVE, "PSV301", 900, 190).label(Side.LEFT).state("PRS1.PSV301"))
                .caption("mimic.gas.odorant", 670, 338)
                .flow(UTILITY, 670, 360, 766, 360)
                .flow(UTILITY, 780, 346, 780, 236)
                .add(Equipment.at(PUMP, "P401", 780, 360).label(Side.RIGHT).state("ODR1.P401").loop(ffic))
                .gauge("ODR1.AT401", 794, 266)
                .line(SIGNAL, 780, 396, 780, 376)
                .add(Equipment.at(CONTROLLER, "FFIC401", 780, 415).loop(ffic))
                // the safety instrumented system on its own sensors
                .box(12, 484, 580, 114)
                .heading("mimic.sis", 22, 490)
                .add(lamp("SIS.TRIP", 30, 528, "mimic.sis.trip", sis))
                .add(lamp("SIS.XS201", 30, 552, "mimic.gas.permissive", sis))
                .add(lamp("PRS1.XS301", 30, 576, "mimic.gas.damaged", pic301))
                .gauge("SIS.ST201", 284, 492)
                .value("SIS.SSHH201", 284, 524)
                .gauge("SIS.VT201", 446, 492)
                .value("SIS.VSHH201", 446, 524)
                .gauge("SIS.PT302", 284, 552)
                .value("SIS.PSHH302", 446, 556)
                .build();
    }

    /**
     * The building: the air-handling unit (outside air damper, heating and cooling coils, supply fan)
     * feeding the four zones of the floor plan, the boiler and its hot water to the coil and radiators,
     * the chiller, the main entrance, and the safety functions.
     */
    static MimicLayout building() {
        Loop ahu = Loop.of("TIC-AHU", "AHU.TT", "AHU.TIC.SP", "AHU.HCV", "AHU.AUTO", "AHU.FAN", "AHU.CCV", "AHU.OAD",
                "OUT.TT", "SIS.TT");
        Loop boiler = Loop.of("TIC-BLR", "BLR.TT", "BLR.TIC.SP", "BLR.FIRE", "BLR.AUTO", "SIS.BTT", "SIS.BHL");
        Loop chiller = Loop.of("CHL", null, null, "CHL.RUN", "CHL.AUTO");
        Loop door = Loop.of("DOOR", "DOOR.OPEN", null, "DOOR.LOCK", null, "FIRE.ALM");
        Loop sis = Loop.of("SIS", "SIS.TT", null, null, null, "SIS.BTT", "SIS.FRZ", "SIS.BHL", "SIS.FSD", "SIS.TRIP",
                "FIRE.ALM", "FIRE.DRILL", "SIS.RESET");
        MimicLayout.Builder b = MimicLayout.builder("building", WIDTH, HEIGHT)
                .heading("mimic.building.title", 12, 8)
                // air-handling unit along the duct, supply air down to the zones
                .flow(DUCT, 40, 110, 690, 110, 690, 192)
                .caption("mimic.building.outside", 16, 126)
                .gauge("OUT.TT", 16, 146)
                .add(Equipment.at(DAMPER, "AHU.OAD", 90, 110).label(Side.ABOVE).state("AHU.OAD").loop(ahu))
                .add(Equipment.at(COIL, "AHU.HCV", 190, 110).label(Side.ABOVE).state("AHU.HCV").alarms("SIS.FRZ")
                        .loop(ahu))
                .gauge("SIS.TT", 214, 36, "SIS.TT")
                .add(Equipment.at(COIL, "AHU.CCV", 290, 110).label(Side.ABOVE).state("AHU.CCV").loop(ahu))
                .add(Equipment.at(FAN, "AHU.FAN", 400, 110).label(Side.ABOVE).state("AHU.FAN").alarms("SIS.FSD")
                        .loop(ahu))
                .value("AHU.FAN", 376, 130, "FAN")
                .gauge("AHU.TT", 440, 36, "AHU.TT")
                .add(Equipment.at(CONTROLLER, "TIC-AHU", 640, 52).loop(ahu))
                // boiler: hot water to the heating coil and the radiators
                .flow(UTILITY, 150, 300, 436, 300)
                .flow(UTILITY, 190, 300, 190, 136)
                .caption("mimic.building.radiators", 300, 280)
                .add(Equipment.at(BOILER, "BLR", 110, 330).size(80, 100).label(Side.LEFT).state("BLR.FIRE")
                        .alarms("SIS.BHL", "BLR.TT").loop(boiler))
                .gauge("BLR.TT", 170, 340, "BLR.TT")
                .value("SIS.BTT", 170, 376, "SIS.BTT")
                .line(SIGNAL, 110, 411, 110, 380)
                .add(Equipment.at(CONTROLLER, "TIC-BLR", 110, 430).loop(boiler))
                // chiller: chilled water to the cooling coil
                .flow(UTILITY, 290, 170, 290, 136)
                .add(Equipment.at(CHILLER, "CHL", 290, 190).size(60, 40).label(Side.RIGHT).state("CHL.RUN")
                        .loop(chiller))
                // floor plan: north strip, west and east wings round the core, south strip, lobby
                .add(zone("Z1", 690, 250, 500, 100))
                .add(zone("Z4", 540, 390, 200, 180))
                .add(zone("Z2", 840, 390, 200, 180))
                .add(zone("Z3", 640, 530, 400, 100))
                .box(640, 300, 100, 180)
                .caption("mimic.building.core", 656, 380)
                .box(840, 480, 100, 100)
                .caption("mimic.building.lobby", 848, 484)
                .add(Equipment.at(DOOR, "DOOR", 890, 580).label(Side.ABOVE).state("DOOR.OPEN").loop(door))
                // safety functions
                .box(12, 470, 410, 124)
                .heading("mimic.building.safety", 22, 476)
                .add(lamp("SIS.FRZ", 30, 512, "mimic.building.frz", sis))
                .add(lamp("SIS.BHL", 30, 536, "mimic.building.bhl", sis))
                .add(lamp("SIS.FSD", 30, 560, "mimic.building.fsd", sis))
                .add(lamp("SIS.TRIP", 236, 512, "mimic.sis.trip", sis).abnormalWhen(true))
                .add(lamp("FIRE.ALM", 236, 536, "mimic.building.fire", sis))
                .add(lamp("DOOR.LOCK", 236, 560, "mimic.building.locked", door));
        for (String[] zone : new String[][] {{"Z1", "450", "206"}, {"Z4", "450", "306"}, {"Z2", "750", "306"},
                {"Z3", "450", "486"}}) {
            zoneValues(b, zone[0], Double.parseDouble(zone[1]), Double.parseDouble(zone[2]));
        }
        return b.build();
    }

    /** A status lamp of an on/off tag, labelled on its right with its meaning (or its name). */
    private static Equipment.Builder lamp(String tag, double x, double y, String textKey, Loop loop) {
        Equipment.Builder lamp = Equipment.at(LAMP, tag, x, y).label(Side.RIGHT).state(tag).loop(loop);
        return textKey == null ? lamp : lamp.text(textKey);
    }

    private static Equipment.Builder zone(String id, double x, double y, double w, double h) {
        return Equipment.at(ZONE, id, x, y).size(w, h).label(Side.NONE).alarms(id + ".TT")
                .loop(Loop.of(id, id + ".TT", id + ".TIC.SP", id + ".HV", "ZONE.AUTO"));
    }

    /** A zone's name, temperature, set point and radiator valve, from its top left corner inward. */
    private static void zoneValues(MimicLayout.Builder b, String zone, double x, double y) {
        boolean strip = zone.equals("Z1") || zone.equals("Z3");
        b.caption("mimic.building." + zone.toLowerCase(java.util.Locale.ROOT), x, y);
        b.gauge(zone + ".TT", x, y + 24, zone + ".TT");
        b.value(zone + ".TIC.SP", strip ? x + 170 : x, strip ? y + 24 : y + 60, "SP");
        b.value(zone + ".HV", strip ? x + 170 : x, strip ? y + 44 : y + 80, "HV");
    }

    /** The CSTR R1: feed through the SIS shut-off valve and pump, coolant jacket, outlet, relief, SIS. */
    static MimicLayout chemical() {
        Loop tic = Loop.of("TIC101", "R1.TT101", "R1.TIC101.SP", "R1.TV101", "R1.TIC101.AUTO");
        Loop lic = Loop.of("LIC101", "R1.LT101", "R1.LIC101.SP", "R1.LV101", "R1.LIC101.AUTO");
        Loop fic = Loop.of("FIC101", "R1.FT101", "R1.FIC101.SP", "R1.P101.SPD", "R1.FIC101.AUTO");
        Loop sis = Loop.of("SIS", "SIS.TT201", "SIS.TSHH201", null, null, "SIS.PT201", "SIS.PSHH201",
                "SIS.XV201", "SIS.XY202", "SIS.TRIP", "SIS.RESET");
        Loop reactor = Loop.of("R1", "R1.TT101", "R1.TIC101.SP", "R1.TV101", "R1.TIC101.AUTO",
                "R1.PT101", "R1.LT101", "R1.AT101", "R1.M101", "R1.XS101");
        return MimicLayout.builder("chemical", WIDTH, HEIGHT)
                .heading("mimic.chemical.title", 12, 8)
                // feed A: SIS shut-off valve, feed pump (FIC101), into the reactor top
                .caption("mimic.chemical.feed", 20, 128)
                .flow(PROCESS, 20, 150, 440, 150, 440, 192)
                .add(Equipment.at(VALVE, "XV201", 110, 150).state("SIS.XV201").abnormalWhen(false).loop(sis))
                .add(Equipment.at(PUMP, "P101", 220, 150).state("R1.P101.SPD").loop(fic))
                .line(SIGNAL, 220, 89, 220, 134)
                .add(Equipment.at(CONTROLLER, "FIC101", 220, 70).loop(fic))
                .gauge("R1.FT101", 280, 160)
                // the reactor with its jacket, agitator and relief valve
                .caption("mimic.chemical.reactor", 300, 214)
                .add(Equipment.at(VESSEL, "R1", 470, 300).size(130, 220).label(Side.NONE).level("R1.LT101")
                        .alarms("R1.XS101", "R1.TT101", "R1.PT101").loop(reactor))
                .line(UTILITY, 395, 250, 545, 250, 545, 420, 395, 420, 395, 250)
                .line(SHAFT, 470, 175, 470, 330)
                .line(SHAFT, 452, 330, 488, 330)
                .add(Equipment.at(MOTOR, "M101", 470, 162).label(Side.ABOVE).state("R1.M101").loop(reactor))
                .flow(PROCESS, 520, 190, 520, 128)
                .flow(PROCESS, 533, 115, 600, 115)
                .add(Equipment.at(RELIEF_VALVE, "PSV101", 520, 115).label(Side.ABOVE).state("R1.PSV101"))
                .caption("mimic.chemical.flare", 606, 106)
                .gauges(600, 200, 40, "R1.TT101", "R1.PT101", "R1.LT101", "R1.AT101")
                // coolant: TIC101 on TV101, SIS emergency cooling XY202 in the bypass, return from the jacket
                .caption("mimic.chemical.coolant", 20, 478)
                .flow(UTILITY, 20, 500, 385, 500, 385, 405, 395, 405)
                .line(UTILITY, 140, 500, 140, 570, 260, 570, 260, 500)
                .add(Equipment.at(VALVE, "TV101", 200, 500).state("R1.TV101").loop(tic))
                .add(Equipment.at(VALVE, "XY202", 200, 570).state("SIS.XY202").abnormalWhen(true).loop(sis))
                .line(SIGNAL, 200, 439, 200, 480)
                .add(Equipment.at(CONTROLLER, "TIC101", 200, 420).loop(tic))
                .gauge("R1.FT102", 250, 462)
                .flow(UTILITY, 545, 262, 575, 262, 575, 400, 760, 400)
                .caption("mimic.chemical.coolantReturn", 766, 391)
                .gauge("R1.TT102", 600, 368)
                // outlet: LIC101 on LV101
                .flow(PROCESS, 470, 410, 470, 560, 930, 560)
                .add(Equipment.at(VALVE, "LV101", 640, 560).state("R1.LV101").loop(lic))
                .line(SIGNAL, 640, 519, 640, 540)
                .add(Equipment.at(CONTROLLER, "LIC101", 640, 500).loop(lic))
                .caption("mimic.chemical.product", 840, 536)
                // the safety instrumented system on its own transmitters
                .box(740, 40, 200, 200)
                .heading("mimic.sis", 750, 46)
                .add(lamp("SIS.TRIP", 760, 88, "mimic.sis.trip", sis))
                .gauges(752, 106, 40, "SIS.TT201", "SIS.PT201")
                .value("SIS.TSHH201", 752, 186)
                .value("SIS.PSHH201", 752, 208)
                .build();
    }
}
