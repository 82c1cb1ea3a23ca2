package org.icsdrill.plants.gas;

import static org.icsdrill.core.tag.EngineeringUnit.BAR;
import static org.icsdrill.core.tag.EngineeringUnit.CUBIC_METRE_PER_HOUR;
import static org.icsdrill.core.tag.EngineeringUnit.HERTZ;
import static org.icsdrill.core.tag.EngineeringUnit.MILLIGRAM_PER_CUBIC_METRE;
import static org.icsdrill.core.tag.EngineeringUnit.MILLIMETRE_PER_SECOND;
import static org.icsdrill.core.tag.EngineeringUnit.ONE;
import static org.icsdrill.core.tag.EngineeringUnit.PERCENT;
import static org.icsdrill.core.tag.EngineeringUnit.REV_PER_MINUTE;

import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.plants.common.AlarmDelays;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;

/**
 * Every tag of the gas plant, declared once. Units: {@code K101} is the compressor with its drive
 * (PIC201 line-pack pressure on the drive frequency, UIC101 anti-surge on the recycle valve), {@code PL1}
 * the pipeline section, {@code PRS1} the pressure-regulating station (PIC301 on the regulator),
 * {@code ODR1} the odorant injection (FFIC401 ratio to flow) and {@code SIS} the safety system with its
 * own transmitters. Pressures are absolute; gas flows are standard m³/h (15 °C, 1.01325 bar). Initial
 * values are the design steady state ({@link GasOperatingPoint#DESIGN}).
 */
public enum GasTag implements TagKey {

    // Field measurements, as the PLC sees them after their instruments.
    K101_PT101(TagDef.measurement("K101.PT101", "Compressor suction pressure (absolute)", BAR, 0, 60).noise(0.02)
            .alarms(AlarmLimits.analog(Double.NaN, Double.NaN, 25, 20, 0.5, AlarmPriority.MEDIUM))),
    K101_PT102(TagDef.measurement("K101.PT102", "Compressor discharge pressure (absolute)", BAR, 0, 100).noise(0.02)
            .alarms(AlarmLimits.analog(65, 60, Double.NaN, Double.NaN, 0.5, AlarmPriority.HIGH))),
    K101_FT101(TagDef.measurement("K101.FT101", "Compressor flow incl. recycle (standard m³/h)", CUBIC_METRE_PER_HOUR,
            0, 250_000).noise(300)),
    K101_ST101(TagDef.measurement("K101.ST101", "Compressor shaft speed", REV_PER_MINUTE, 0, 24_000).noise(5)
            .alarms(AlarmLimits.analog(17_800, 17_000, Double.NaN, Double.NaN, 50, AlarmPriority.HIGH))),
    K101_VT101(TagDef.measurement("K101.VT101", "Compressor bearing vibration (velocity, rms)", MILLIMETRE_PER_SECOND,
            0, 30).noise(0.05)
            .alarms(AlarmLimits.analog(6.5, 4.5, Double.NaN, Double.NaN, 0.2, AlarmPriority.HIGH))),
    K101_FATIGUE(TagDef.measurement("K101.FATIGUE",
            "Rotor fatigue damage, Miner sum from condition monitoring (1 = crack)", ONE, 0, 1.5)
            .alarms(AlarmLimits.analog(0.7, 0.3, Double.NaN, Double.NaN, 0.01, AlarmPriority.HIGH))),
    // Surge cycles every few seconds: the off-delay makes a surge episode one alarm (at most two raises a minute).
    K101_XA101(TagDef.state("K101.XA101", "Compressor in surge (surge detector)").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH).withDelays(0, AlarmDelays.OFF_SECONDS))),
    K101_XS101(TagDef.state("K101.XS101", "Compressor rotor failed (fatigue)").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    PL1_PT201(TagDef.measurement("PL1.PT201", "Pipeline line-pack pressure (absolute)", BAR, 0, 100).noise(0.01)
            .alarms(AlarmLimits.analog(60, 55, 35, 30, 0.5, AlarmPriority.MEDIUM))),
    PRS1_PT301(TagDef.measurement("PRS1.PT301", "Distribution pressure after the regulator (absolute)", BAR, 0, 12)
            .noise(0.005)
            .alarms(AlarmLimits.analog(6.0, 5.5, 4.5, 4.0, 0.05, AlarmPriority.HIGH))),
    PRS1_FT301(TagDef.measurement("PRS1.FT301", "Station sendout flow (standard m³/h)", CUBIC_METRE_PER_HOUR,
            0, 250_000).noise(200)),
    PRS1_PSV301(TagDef.state("PRS1.PSV301", "Distribution relief valve open").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH))),
    PRS1_XS301(TagDef.state("PRS1.XS301", "Distribution network damaged by overpressure").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    ODR1_AT401(TagDef.measurement("ODR1.AT401", "Odorant (THT) concentration in the sendout", MILLIGRAM_PER_CUBIC_METRE,
            0, 50).noise(0.1)
            .alarms(AlarmLimits.analog(Double.NaN, 25, 10, 7, 0.5, AlarmPriority.MEDIUM))),

    // The safety system's own transmitters, independent of the PLC's.
    SIS_ST201(TagDef.measurement("SIS.ST201", "SIS compressor shaft speed", REV_PER_MINUTE, 0, 24_000).noise(5)),
    SIS_VT201(TagDef.measurement("SIS.VT201", "SIS compressor vibration (velocity, rms)", MILLIMETRE_PER_SECOND, 0, 30)
            .noise(0.05)),
    SIS_PT302(TagDef.measurement("SIS.PT302", "SIS distribution pressure (absolute)", BAR, 0, 12).noise(0.005)),

    // Operator set points.
    K101_PIC201_SP(TagDef.setpoint("K101.PIC201.SP", "Line-pack pressure set point (drive speed control)", BAR, 30, 60)
            .initial(GasOperatingPoint.DESIGN.linePackPressure())),
    PRS1_PIC301_SP(TagDef.setpoint("PRS1.PIC301.SP", "Distribution pressure set point", BAR, 2, 7)
            .initial(GasOperatingPoint.DESIGN.downstreamPressure())),
    ODR1_FFIC401_SP(TagDef.setpoint("ODR1.FFIC401.SP", "Odorant dose ratio to flow", MILLIGRAM_PER_CUBIC_METRE, 0, 40)
            .initial(GasParameters.STANDARD.odorantRatio())),

    // Engineer parameters: anti-surge control line and SIS trip limits.
    K101_UIC101_SP(TagDef.parameter("K101.UIC101.SP", "Anti-surge control line: surge margin to hold", PERCENT, 5, 50)
            .initial(GasPlc.CONTROL_LINE_MARGIN)),
    SIS_SSHH201(TagDef.parameter("SIS.SSHH201", "SIS overspeed trip limit", REV_PER_MINUTE, 15_000, 24_000)
            .initial(GasSis.OVERSPEED_LIMIT)),
    SIS_VSHH201(TagDef.parameter("SIS.VSHH201", "SIS high-high vibration trip limit", MILLIMETRE_PER_SECOND, 1, 30)
            .initial(GasSis.VIBRATION_LIMIT)),
    SIS_PSHH302(TagDef.parameter("SIS.PSHH302", "SIS slam-shut trip pressure", BAR, 3, 10)
            .initial(GasSis.SLAM_SHUT_PRESSURE)),

    // Loop modes: 1 = auto, 0 = manual (the operator then writes the loop's output).
    K101_PIC201_AUTO(TagDef.mode("K101.PIC201.AUTO", "Drive speed on line-pack pressure control (0 = manual frequency)")
            .initial(1)),
    K101_UIC101_AUTO(TagDef.mode("K101.UIC101.AUTO", "Anti-surge control in auto").initial(1)),
    PRS1_PIC301_AUTO(TagDef.mode("PRS1.PIC301.AUTO", "Regulator pressure control in auto").initial(1)),
    ODR1_FFIC401_AUTO(TagDef.mode("ODR1.FFIC401.AUTO", "Odorant ratio control in auto").initial(1)),

    // Outputs to the final elements.
    K101_SC101(TagDef.output("K101.SC101", "Compressor drive (VFD) frequency set point", HERTZ,
            0, GasParameters.STANDARD.maxFrequency()).initial(GasOperatingPoint.DESIGN.frequency())),
    K101_FV101(TagDef.output("K101.FV101", "Anti-surge recycle valve opening", PERCENT, 0, 100)
            .initial(GasOperatingPoint.DESIGN.recycleValve())),
    PRS1_PV301(TagDef.output("PRS1.PV301", "Pressure regulator opening", PERCENT, 0, 100)
            .initial(GasOperatingPoint.DESIGN.regulatorValve())),
    ODR1_P401(TagDef.output("ODR1.P401", "Odorant pump speed", PERCENT, 0, 100)
            .initial(GasOperatingPoint.DESIGN.odorantPump())),
    SIS_XS201(TagDef.output("SIS.XS201", "SIS compressor drive run permissive (0 = drive tripped)", ONE, 0, 1)
            .type(DataType.BOOL).access(Access.READ_ONLY).initial(1)
            .alarms(AlarmLimits.whenEquals(0, AlarmPriority.HIGH))),
    SIS_XV301(TagDef.output("SIS.XV301", "SIS slam-shut valve open (0 = slammed shut)", ONE, 0, 1)
            .type(DataType.BOOL).access(Access.READ_ONLY).initial(1)
            .alarms(AlarmLimits.whenEquals(0, AlarmPriority.HIGH))),

    // Controller states and the safety system's latch and reset.
    K101_UY101(TagDef.state("K101.UY101", "Surge margin computed by the anti-surge controller").type(DataType.REAL)
            .unit(PERCENT).range(-100, 300).initial(GasOperatingPoint.DESIGN.surgeMargin())
            // Suppressed below the PLC's running speed, where the map-based margin means nothing (ISA-18.2
            // state-based suppression): at standstill it flipped between -100 % and +100 % every few ticks.
            // On recycle (the slam-shut closed, no sendout) the margin rides the control line, and the flow
            // transmitter's noise dips it under 5 % several times a minute: the off-delay makes that one alarm.
            .alarms(AlarmLimits.analog(Double.NaN, Double.NaN, 5, Double.NaN, 1, AlarmPriority.MEDIUM)
                    .withDelays(0, AlarmDelays.OFF_SECONDS)
                    .suppressedWhile("K101.ST101", Double.NEGATIVE_INFINITY, GasPlc.RUNNING_SPEED,
                            "compressor stopped"))),
    SIS_TRIP(TagDef.state("SIS.TRIP", "SIS trip latched (compressor or slam-shut)")
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    SIS_RESET(TagDef.command("SIS.RESET", "SIS reset (accepted only once every trip condition has cleared)"));

    private final TagDef def;

    GasTag(TagDef.Builder builder) {
        this.def = builder.build();
    }

    @Override
    public TagDef def() {
        return def;
    }
}
