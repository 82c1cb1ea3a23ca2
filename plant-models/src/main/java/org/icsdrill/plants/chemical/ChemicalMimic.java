package org.icsdrill.plants.chemical;

import static org.icsdrill.core.mimic.MimicLayout.LineKind.PROCESS;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SHAFT;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SIGNAL;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.UTILITY;
import static org.icsdrill.core.mimic.MimicText.of;
import static org.icsdrill.core.mimic.SymbolKind.CONTROLLER;
import static org.icsdrill.core.mimic.SymbolKind.MOTOR;
import static org.icsdrill.core.mimic.SymbolKind.PUMP;
import static org.icsdrill.core.mimic.SymbolKind.RELIEF_VALVE;
import static org.icsdrill.core.mimic.SymbolKind.VALVE;
import static org.icsdrill.core.mimic.SymbolKind.VESSEL;

import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.Equipment.Loop;
import org.icsdrill.core.mimic.Equipment.Side;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.plants.common.MimicSheet;

/** The CSTR R1: feed through the SIS shut-off valve and pump, coolant jacket, outlet, relief, SIS. */
final class ChemicalMimic {

    private ChemicalMimic() {
    }

    static MimicLayout layout() {
        Loop tic = Loop.of("TIC101", "R1.TT101", "R1.TIC101.SP", "R1.TV101", "R1.TIC101.AUTO");
        Loop lic = Loop.of("LIC101", "R1.LT101", "R1.LIC101.SP", "R1.LV101", "R1.LIC101.AUTO");
        Loop fic = Loop.of("FIC101", "R1.FT101", "R1.FIC101.SP", "R1.P101.SPD", "R1.FIC101.AUTO");
        Loop sis = Loop.of("SIS", "SIS.TT201", "SIS.TSHH201", null, null, "SIS.PT201", "SIS.PSHH201",
                "SIS.XV201", "SIS.XY202", "SIS.TRIP", "SIS.RESET");
        Loop reactor = Loop.of("R1", "R1.TT101", "R1.TIC101.SP", "R1.TV101", "R1.TIC101.AUTO",
                "R1.PT101", "R1.LT101", "R1.AT101", "R1.M101", "R1.XS101");
        return MimicSheet.builder(ChemicalPlant.ID)
                .heading(of("Chemical plant: CSTR R1", "化学プラント: 連続槽型反応器 R1"), 12, 8)
                // feed A: SIS shut-off valve, feed pump (FIC101), into the reactor top
                .caption(of("Feed A", "原料 A"), 20, 128)
                .flow(PROCESS, 20, 150, 440, 150, 440, 192)
                .add(Equipment.at(VALVE, "XV201", 110, 150).state("SIS.XV201").abnormalWhen(false).loop(sis))
                .add(Equipment.at(PUMP, "P101", 220, 150).state("R1.P101.SPD").loop(fic))
                .line(SIGNAL, 220, 89, 220, 134)
                .add(Equipment.at(CONTROLLER, "FIC101", 220, 70).loop(fic))
                .gauge("R1.FT101", 280, 160)
                // the reactor with its jacket, agitator and relief valve
                .caption(of("Reactor R1", "反応器 R1"), 300, 214)
                .add(Equipment.at(VESSEL, "R1", 470, 300).size(130, 220).label(Side.NONE).level("R1.LT101")
                        .alarms("R1.XS101", "R1.TT101", "R1.PT101").loop(reactor))
                .line(UTILITY, 395, 250, 545, 250, 545, 420, 395, 420, 395, 250)
                .line(SHAFT, 470, 175, 470, 330)
                .line(SHAFT, 452, 330, 488, 330)
                .add(Equipment.at(MOTOR, "M101", 470, 162).label(Side.ABOVE).state("R1.M101").loop(reactor))
                .flow(PROCESS, 520, 190, 520, 128)
                .flow(PROCESS, 533, 115, 600, 115)
                .add(Equipment.at(RELIEF_VALVE, "PSV101", 520, 115).label(Side.ABOVE).state("R1.PSV101"))
                .caption(of("To flare", "フレアへ"), 606, 106)
                .gauges(600, 200, 40, "R1.TT101", "R1.PT101", "R1.LT101", "R1.AT101")
                // coolant: TIC101 on TV101, SIS emergency cooling XY202 in the bypass, return from the jacket
                .caption(of("Coolant supply", "冷却水供給"), 20, 478)
                .flow(UTILITY, 20, 500, 385, 500, 385, 405, 395, 405)
                .line(UTILITY, 140, 500, 140, 570, 260, 570, 260, 500)
                .add(Equipment.at(VALVE, "TV101", 200, 500).state("R1.TV101").loop(tic))
                .add(Equipment.at(VALVE, "XY202", 200, 570).state("SIS.XY202").abnormalWhen(true).loop(sis))
                .line(SIGNAL, 200, 439, 200, 480)
                .add(Equipment.at(CONTROLLER, "TIC101", 200, 420).loop(tic))
                .gauge("R1.FT102", 250, 462)
                .flow(UTILITY, 545, 262, 575, 262, 575, 400, 760, 400)
                .caption(of("Coolant return", "冷却水戻り"), 766, 391)
                .gauge("R1.TT102", 600, 368)
                // outlet: LIC101 on LV101
                .flow(PROCESS, 470, 410, 470, 560, 930, 560)
                .add(Equipment.at(VALVE, "LV101", 640, 560).state("R1.LV101").loop(lic))
                .line(SIGNAL, 640, 519, 640, 540)
                .add(Equipment.at(CONTROLLER, "LIC101", 640, 500).loop(lic))
                .caption(of("Product B", "製品 B"), 840, 536)
                // the safety instrumented system on its own transmitters
                .box(740, 40, 200, 200)
                .heading(MimicSheet.SIS, 750, 46)
                .add(Equipment.lamp("SIS.TRIP", 760, 88).text(MimicSheet.SIS_TRIP).loop(sis))
                .gauges(752, 106, 40, "SIS.TT201", "SIS.PT201")
                .value("SIS.TSHH201", 752, 186)
                .value("SIS.PSHH201", 752, 208)
                .build();
    }
}
