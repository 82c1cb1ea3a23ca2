package org.icsdrill.plants.building;

import static org.icsdrill.core.mimic.MimicLayout.LineKind.DUCT;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SIGNAL;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.UTILITY;
import static org.icsdrill.core.mimic.MimicText.of;
import static org.icsdrill.core.mimic.SymbolKind.BOILER;
import static org.icsdrill.core.mimic.SymbolKind.CHILLER;
import static org.icsdrill.core.mimic.SymbolKind.COIL;
import static org.icsdrill.core.mimic.SymbolKind.CONTROLLER;
import static org.icsdrill.core.mimic.SymbolKind.DAMPER;
import static org.icsdrill.core.mimic.SymbolKind.DOOR;
import static org.icsdrill.core.mimic.SymbolKind.FAN;
import static org.icsdrill.core.mimic.SymbolKind.ZONE;

import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.Equipment.Loop;
import org.icsdrill.core.mimic.Equipment.Side;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.mimic.MimicText;
import org.icsdrill.plants.common.MimicSheet;

/**
 * The building: the air-handling unit (outside air damper, heating and cooling coils, supply fan)
 * feeding the four zones of the floor plan, the boiler and its hot water to the coil and radiators,
 * the chiller, the main entrance, and the safety functions.
 */
final class BuildingMimic {

    private BuildingMimic() {
    }

    static MimicLayout layout() {
        Loop ahu = Loop.of("TIC-AHU", "AHU.TT", "AHU.TIC.SP", "AHU.HCV", "AHU.AUTO", "AHU.FAN", "AHU.CCV", "AHU.OAD",
                "OUT.TT", "SIS.TT");
        Loop boiler = Loop.of("TIC-BLR", "BLR.TT", "BLR.TIC.SP", "BLR.FIRE", "BLR.AUTO", "SIS.BTT", "SIS.BHL");
        Loop chiller = Loop.of("CHL", null, null, "CHL.RUN", "CHL.AUTO");
        Loop door = Loop.of("DOOR", "DOOR.OPEN", null, "DOOR.LOCK", null, "FIRE.ALM");
        Loop sis = Loop.of("SIS", "SIS.TT", null, null, null, "SIS.BTT", "SIS.FRZ", "SIS.BHL", "SIS.FSD", "SIS.TRIP",
                "FIRE.ALM", "FIRE.DRILL", "SIS.RESET");
        MimicLayout.Builder b = MimicSheet.builder(BuildingPlant.ID)
                .heading(of("Building: four-zone office", "ビル: 4 ゾーンのオフィス"), 12, 8)
                // air-handling unit along the duct, supply air down to the zones
                .flow(DUCT, 40, 110, 690, 110, 690, 192)
                .caption(of("Outside air", "外気"), 16, 126)
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
                .caption(of("Heating water to the radiators", "放熱器への温水"), 300, 280)
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
                .caption(of("Core", "コア"), 656, 380)
                .box(840, 480, 100, 100)
                .caption(of("Lobby", "ロビー"), 848, 484)
                .add(Equipment.at(DOOR, "DOOR", 890, 580).label(Side.ABOVE).state("DOOR.OPEN").loop(door))
                // safety functions
                .box(12, 470, 410, 124)
                .heading(of("Safety functions", "安全機能"), 22, 476)
                .add(Equipment.lamp("SIS.FRZ", 30, 512).loop(sis)
                        .text(of("Freeze-stat (SIS.FRZ)", "凍結防止サーモ（SIS.FRZ）")))
                .add(Equipment.lamp("SIS.BHL", 30, 536).loop(sis)
                        .text(of("Boiler high limit (SIS.BHL)", "ボイラ高温リミット（SIS.BHL）")))
                .add(Equipment.lamp("SIS.FSD", 30, 560).loop(sis)
                        .text(of("Fire shutdown (SIS.FSD)", "火災時停止（SIS.FSD）")))
                .add(Equipment.lamp("SIS.TRIP", 236, 512).text(MimicSheet.SIS_TRIP).loop(sis).abnormalWhen(true))
                .add(Equipment.lamp("FIRE.ALM", 236, 536).loop(sis)
                        .text(of("Fire alarm (FIRE.ALM)", "火災警報（FIRE.ALM）")))
                .add(Equipment.lamp("DOOR.LOCK", 236, 560).loop(door)
                        .text(of("Locked (DOOR.LOCK)", "施錠（DOOR.LOCK）")));
        zoneValues(b, "Z1", 450, 206, of("Z1 north offices", "Z1 北側オフィス"));
        zoneValues(b, "Z4", 450, 306, of("Z4 west offices", "Z4 西側オフィス"));
        zoneValues(b, "Z2", 750, 306, of("Z2 east offices", "Z2 東側オフィス"));
        zoneValues(b, "Z3", 450, 486, of("Z3 south offices", "Z3 南側オフィス"));
        return b.build();
    }

    private static Equipment.Builder zone(String id, double x, double y, double w, double h) {
        return Equipment.at(ZONE, id, x, y).size(w, h).label(Side.NONE).alarms(id + ".TT")
                .loop(Loop.of(id, id + ".TT", id + ".TIC.SP", id + ".HV", "ZONE.AUTO"));
    }

    /** A zone's name, temperature, set point and radiator valve, from its top left corner inward. */
    private static void zoneValues(MimicLayout.Builder b, String zone, double x, double y, MimicText name) {
        boolean strip = zone.equals("Z1") || zone.equals("Z3");
        b.caption(name, x, y);
        b.gauge(zone + ".TT", x, y + 24, zone + ".TT");
        b.value(zone + ".TIC.SP", strip ? x + 170 : x, strip ? y + 24 : y + 60, "SP");
        b.value(zone + ".HV", strip ? x + 170 : x, strip ? y + 44 : y + 80, "HV");
    }
}
