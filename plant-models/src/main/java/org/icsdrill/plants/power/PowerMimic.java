package org.icsdrill.plants.power;

import static org.icsdrill.core.mimic.MimicLayout.LineKind.ELECTRIC;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.PROCESS;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SHAFT;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SIGNAL;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.UTILITY;
import static org.icsdrill.core.mimic.MimicText.of;
import static org.icsdrill.core.mimic.SymbolKind.BOILER;
import static org.icsdrill.core.mimic.SymbolKind.BREAKER;
import static org.icsdrill.core.mimic.SymbolKind.CONTROLLER;
import static org.icsdrill.core.mimic.SymbolKind.GENERATOR;
import static org.icsdrill.core.mimic.SymbolKind.TURBINE;
import static org.icsdrill.core.mimic.SymbolKind.VALVE;
import static org.icsdrill.core.mimic.SymbolKind.VESSEL;

import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.Equipment.Loop;
import org.icsdrill.core.mimic.Equipment.Side;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.plants.common.MimicSheet;

/**
 * The steam unit: feedwater valve and drum, furnace under pressure control, governor and intercept
 * valves, HP and LP turbines, generator, breaker 52G, the bus with the area load and the tie line;
 * AGC and the protection relays.
 */
final class PowerMimic {

    private PowerMimic() {
    }

    static MimicLayout layout() {
        Loop lic = Loop.of("LIC-BLR", "BLR.LT", "BLR.LIC.SP", "BLR.FV", "BLR.LIC.AUTO", "BLR.FFW", "BLR.FT");
        Loop pic = Loop.of("PIC-BLR", "BLR.PT", "BLR.PIC.SP", "BLR.FIRE", "BLR.PIC.AUTO", "BLR.FT");
        Loop governor = Loop.of("SIC-GOV", "TURB.ST", "GOV.PREF", "TURB.GV", "GOV.AUTO", "GEN.FT", "GEN.PT",
                "GOV.DROOP", "TURB.IV");
        Loop agc = Loop.of("JIC-AGC", "AGC.ACE", "TIE.SCHED", "GOV.PREF", "AGC.AUTO", "TIE.PT", "GEN.FT");
        Loop breaker = Loop.of("52G", "GEN.CB", null, "GEN.CB_CMD", null, "GEN.PT", "PROT.TRIP");
        Loop protection = Loop.of("PROT", "PROT.TRIP", null, null, null, "PROT.CAUSE", "PROT.ST", "PROT.FT",
                "PROT.PT", "PROT.OSP", "PROT.OF", "PROT.UF", "PROT.RP", "PROT.RESET");
        return MimicSheet.builder(PowerPlant.ID)
                .heading(of("Power plant: 500 MW steam unit", "発電所: 500 MW 汽力発電ユニット"), 12, 8)
                // feedwater and drum (LIC), furnace (PIC)
                .caption(of("Feedwater", "給水"), 12, 126)
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
                .caption(of("Reheat", "再熱"), 478, 146)
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
                .caption(of("Bus", "母線"), 816, 160)
                .flow(ELECTRIC, 810, 260, 940, 260)
                .caption(of("Area load", "地域負荷"), 816, 236)
                .gauge("AREA.PT", 816, 270)
                .add(Equipment.lamp("AREA.LOST", 826, 320))
                .line(ELECTRIC, 810, 400, 940, 400)
                .caption(of("Tie line", "連系線"), 816, 350)
                .add(Equipment.at(BREAKER, "TIE.CB", 870, 400).label(Side.ABOVE).state("TIE.CB")
                        .loop(Loop.of("TIE.CB", "TIE.CB", "TIE.SCHED", null, null, "TIE.PT")))
                .gauge("TIE.PT", 816, 420)
                .value("TIE.SCHED", 816, 456)
                // automatic generation control
                .box(410, 335, 380, 100)
                .heading(of("Automatic generation control", "自動発電制御（AGC）"), 420, 340)
                .add(Equipment.at(CONTROLLER, "JIC-AGC", 440, 395).loop(agc))
                .gauge("AGC.ACE", 640, 362)
                .value("GOV.PREF", 640, 398)
                .value("GOV.DROOP", 640, 416)
                // unit protection on its own transducers
                .box(410, 450, 380, 140)
                .heading(of("Unit protection", "ユニット保護"), 420, 455)
                .add(Equipment.lamp("PROT.TRIP", 432, 492).loop(protection)
                        .text(of("Unit trip (PROT.TRIP)", "ユニットトリップ（PROT.TRIP）")))
                .value("PROT.CAUSE", 425, 510)
                .add(Equipment.lamp("TURB.XS", 432, 552).loop(protection)
                        .text(of("Turbine damage (TURB.XS)", "タービン損傷（TURB.XS）")))
                .gauges(640, 478, 36, "PROT.ST", "PROT.FT", "PROT.PT")
                .build();
    }
}
