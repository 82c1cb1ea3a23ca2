package org.icsdrill.plants.gas;

import static org.icsdrill.core.mimic.MimicLayout.LineKind.PROCESS;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SHAFT;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.SIGNAL;
import static org.icsdrill.core.mimic.MimicLayout.LineKind.UTILITY;
import static org.icsdrill.core.mimic.MimicText.of;
import static org.icsdrill.core.mimic.SymbolKind.COMPRESSOR;
import static org.icsdrill.core.mimic.SymbolKind.CONTROLLER;
import static org.icsdrill.core.mimic.SymbolKind.MOTOR;
import static org.icsdrill.core.mimic.SymbolKind.PUMP;
import static org.icsdrill.core.mimic.SymbolKind.RELIEF_VALVE;
import static org.icsdrill.core.mimic.SymbolKind.VALVE;

import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.Equipment.Loop;
import org.icsdrill.core.mimic.Equipment.Side;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.plants.common.MimicSheet;

/**
 * The gas plant: suction, compressor K101 on its drive with the anti-surge recycle (UIC101), the
 * pipeline's line pack, and PRS1: SIS slam-shut valve, pressure regulator (PIC301), relief valve and
 * odorant pump (FFIC401) before the city.
 */
final class GasMimic {

    private GasMimic() {
    }

    static MimicLayout layout() {
        Loop uic = Loop.of("UIC101", "K101.UY101", "K101.UIC101.SP", "K101.FV101", "K101.UIC101.AUTO", "K101.XA101");
        Loop pic201 = Loop.of("PIC201", "PL1.PT201", "K101.PIC201.SP", "K101.SC101", "K101.PIC201.AUTO",
                "K101.ST101", "K101.VT101", "K101.FATIGUE");
        Loop pic301 = Loop.of("PIC301", "PRS1.PT301", "PRS1.PIC301.SP", "PRS1.PV301", "PRS1.PIC301.AUTO", "PRS1.FT301");
        Loop ffic = Loop.of("FFIC401", "ODR1.AT401", "ODR1.FFIC401.SP", "ODR1.P401", "ODR1.FFIC401.AUTO");
        Loop sis = Loop.of("SIS", "SIS.PT302", "SIS.PSHH302", null, null, "SIS.ST201", "SIS.SSHH201", "SIS.VT201",
                "SIS.VSHH201", "SIS.XS201", "SIS.XV301", "SIS.TRIP", "SIS.RESET");
        return MimicSheet.builder(GasPlant.ID)
                .heading(of("Gas plant: compressor station and regulating station",
                        "ガスプラント: 圧縮機ステーションと整圧所"), 12, 8)
                // suction, compressor with its drive, anti-surge recycle
                .caption(of("Supply", "供給"), 16, 206)
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
                .add(Equipment.lamp("K101.XA101", 36, 424).loop(uic)
                        .text(of("Surge (K101.XA101)", "サージ（K101.XA101）")))
                .add(Equipment.lamp("K101.XS101", 36, 448).loop(pic201)
                        .text(of("Rotor failed (K101.XS101)", "ロータ破損（K101.XS101）")))
                // discharge into the pipeline's line pack
                .flow(PROCESS, 256, 230, 606, 230)
                .gauges(320, 240, 36, "K101.PT102", "K101.FT101")
                .caption(of("Pipeline PL1, 20 km (line pack)", "パイプライン PL1、20 km（ラインパック）"), 420, 206)
                .gauge("PL1.PT201", 470, 240)
                // pressure-regulating station: slam-shut, regulator, relief, odorant
                .box(600, 110, 344, 340)
                .heading(of("Pressure-regulating station PRS1", "整圧所 PRS1"), 610, 116)
                .flow(PROCESS, 606, 230, 944, 230)
                .add(Equipment.at(VALVE, "XV301", 640, 230).state("SIS.XV301").loop(sis))
                .add(Equipment.at(VALVE, "PV301", 710, 230).state("PRS1.PV301").loop(pic301))
                .line(SIGNAL, 710, 184, 710, 210)
                .add(Equipment.at(CONTROLLER, "PIC301", 710, 165).loop(pic301))
                .caption(of("To the city", "市内へ"), 862, 238)
                .gauges(616, 266, 36, "PRS1.PT301", "PRS1.FT301")
                .flow(PROCESS, 900, 230, 900, 203)
                .flow(PROCESS, 913, 190, 938, 190)
                .add(Equipment.at(RELIEF_VALVE, "PSV301", 900, 190).label(Side.LEFT).state("PRS1.PSV301"))
                .caption(of("Odorant (THT)", "付臭剤（THT）"), 670, 338)
                .flow(UTILITY, 670, 360, 766, 360)
                .flow(UTILITY, 780, 346, 780, 236)
                .add(Equipment.at(PUMP, "P401", 780, 360).label(Side.RIGHT).state("ODR1.P401").loop(ffic))
                .gauge("ODR1.AT401", 794, 266)
                .line(SIGNAL, 780, 396, 780, 376)
                .add(Equipment.at(CONTROLLER, "FFIC401", 780, 415).loop(ffic))
                // the safety instrumented system on its own sensors
                .box(12, 484, 580, 114)
                .heading(MimicSheet.SIS, 22, 490)
                .add(Equipment.lamp("SIS.TRIP", 30, 528).text(MimicSheet.SIS_TRIP).loop(sis))
                .add(Equipment.lamp("SIS.XS201", 30, 552).loop(sis)
                        .text(of("Drive permissive (SIS.XS201)", "駆動許可（SIS.XS201）")))
                .add(Equipment.lamp("PRS1.XS301", 30, 576).loop(pic301)
                        .text(of("Network damaged (PRS1.XS301)", "導管網損傷（PRS1.XS301）")))
                .gauge("SIS.ST201", 284, 492)
                .value("SIS.SSHH201", 284, 524)
                .gauge("SIS.VT201", 446, 492)
                .value("SIS.VSHH201", 446, 524)
                .gauge("SIS.PT302", 284, 552)
                .value("SIS.PSHH302", 446, 556)
                .build();
    }
}
