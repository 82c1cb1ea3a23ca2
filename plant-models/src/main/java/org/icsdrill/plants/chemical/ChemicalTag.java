package org.icsdrill.plants.chemical;

import static org.icsdrill.core.tag.EngineeringUnit.KELVIN;
import static org.icsdrill.core.tag.EngineeringUnit.KILOPASCAL;
import static org.icsdrill.core.tag.EngineeringUnit.LITRE_PER_MINUTE;
import static org.icsdrill.core.tag.EngineeringUnit.MOLE_PER_LITRE;
import static org.icsdrill.core.tag.EngineeringUnit.ONE;
import static org.icsdrill.core.tag.EngineeringUnit.PERCENT;
import static org.icsdrill.core.tag.EngineeringUnit.SECOND;

import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.plants.common.AlarmDelays;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;
import org.icsdrill.plants.common.ElectricalSupply;

/**
 * Every tag of the chemical plant, declared once. {@code R1} is the reactor and its loops
 * (TIC101 temperature on the coolant valve, LIC101 level on the outlet valve, FIC101 feed flow on the
 * pump speed); {@code SIS} is the safety instrumented system with its own transmitters and final
 * elements. Initial values are the design steady state ({@link OperatingPoint#DESIGN}).
 */
public enum ChemicalTag implements TagKey {

    // Field measurements, as the PLC sees them after their instruments.
    TT101(TagDef.measurement("R1.TT101", "Reactor temperature", KELVIN, 250, 600).noise(0.05)
            .alarms(AlarmLimits.analog(360, 355, 340, Double.NaN, 1, AlarmPriority.HIGH))),
    AT101(TagDef.measurement("R1.AT101", "Reactor concentration of A (analyser)", MOLE_PER_LITRE, 0, 1.2).noise(0.003)
            .alarms(AlarmLimits.analog(Double.NaN, 0.65, 0.35, Double.NaN, 0.01, AlarmPriority.MEDIUM)
                    .withDelays(0, AlarmDelays.OFF_SECONDS))),
    LT101(TagDef.measurement("R1.LT101", "Reactor level", PERCENT, 0, 100).noise(0.2)
            .alarms(AlarmLimits.analog(90, 80, 30, 20, 1, AlarmPriority.MEDIUM))),
    PT101(TagDef.measurement("R1.PT101", "Reactor pressure (absolute)", KILOPASCAL, 0, 2500).noise(0.5)
            .alarms(AlarmLimits.analog(300, 260, Double.NaN, Double.NaN, 5, AlarmPriority.HIGH))),
    FT101(TagDef.measurement("R1.FT101", "Feed flow", LITRE_PER_MINUTE, 0, 250).noise(0.5)
            .alarms(AlarmLimits.analog(Double.NaN, 130, 70, Double.NaN, 2, AlarmPriority.MEDIUM))),
    FT102(TagDef.measurement("R1.FT102", "Coolant flow", LITRE_PER_MINUTE, 0, 120).noise(0.3)
            .alarms(AlarmLimits.analog(Double.NaN, Double.NaN, 10, Double.NaN, 1, AlarmPriority.MEDIUM))),
    TT102(TagDef.measurement("R1.TT102", "Jacket coolant temperature", KELVIN, 250, 600).noise(0.1)),
    PSV101(TagDef.state("R1.PSV101", "Reactor relief valve open").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    XS101(TagDef.state("R1.XS101", "Reactor vessel ruptured").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),

    // The safety system's own transmitters, independent of the PLC's.
    SIS_TT201(TagDef.measurement("SIS.TT201", "SIS reactor temperature", KELVIN, 250, 600).noise(0.1)),
    SIS_PT201(TagDef.measurement("SIS.PT201", "SIS reactor pressure (absolute)", KILOPASCAL, 0, 2500).noise(0.5)),

    // Operator set points.
    TIC101_SP(TagDef.setpoint("R1.TIC101.SP", "Reactor temperature set point", KELVIN, 330, 360)
            .initial(OperatingPoint.DESIGN.temperature())),
    LIC101_SP(TagDef.setpoint("R1.LIC101.SP", "Reactor level set point", PERCENT, 20, 80)
            .initial(OperatingPoint.DESIGN.level())),
    FIC101_SP(TagDef.setpoint("R1.FIC101.SP", "Feed flow set point", LITRE_PER_MINUTE, 0, 200)
            .initial(CstrParameters.SEBORG.flow())),

    // Engineer parameters: temperature loop tuning and SIS trip limits.
    TIC101_KP(TagDef.parameter("R1.TIC101.KP", "Temperature loop gain (% valve per K)", ONE, 0, 200)
            .initial(ChemicalPlc.TEMPERATURE_TUNING.kp())),
    TIC101_TI(TagDef.parameter("R1.TIC101.TI", "Temperature loop integral time (0 = off)", SECOND, 0, 3600)
            .initial(ChemicalPlc.TEMPERATURE_TUNING.tiSeconds())),
    TIC101_TD(TagDef.parameter("R1.TIC101.TD", "Temperature loop derivative time", SECOND, 0, 600)
            .initial(ChemicalPlc.TEMPERATURE_TUNING.tdSeconds())),
    SIS_TSHH201(TagDef.parameter("SIS.TSHH201", "SIS high-high temperature trip limit", KELVIN, 300, 600)
            .initial(365)),
    SIS_PSHH201(TagDef.parameter("SIS.PSHH201", "SIS high-high pressure trip limit", KILOPASCAL, 100, 2500)
            .initial(320)),

    // Loop modes: 1 = auto, 0 = manual (the operator then writes the loop's output).
    TIC101_AUTO(TagDef.mode("R1.TIC101.AUTO", "Temperature loop in auto").initial(1)),
    LIC101_AUTO(TagDef.mode("R1.LIC101.AUTO", "Level loop in auto").initial(1)),
    FIC101_AUTO(TagDef.mode("R1.FIC101.AUTO", "Feed flow loop in auto").initial(1)),

    // Outputs to the final elements.
    TV101(TagDef.output("R1.TV101", "Coolant valve opening", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.coolantValve())),
    LV101(TagDef.output("R1.LV101", "Outlet valve opening", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.outletValve())),
    P101_SPD(TagDef.output("R1.P101.SPD", "Feed pump speed", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.pumpSpeed())),
    M101(TagDef.output("R1.M101", "Agitator run (1 = run)", ONE, 0, 1).type(DataType.BOOL).initial(1)
            .alarms(AlarmLimits.whenEquals(0, AlarmPriority.HIGH))),
    SIS_XV201(TagDef.output("SIS.XV201", "SIS feed shut-off valve open (1 = open)", ONE, 0, 1)
            .type(DataType.BOOL).access(Access.READ_ONLY).initial(1)),
    SIS_XY202(TagDef.output("SIS.XY202", "SIS emergency cooling: coolant valve forced open", ONE, 0, 1)
            .type(DataType.BOOL).access(Access.READ_ONLY).initial(0)),

    // Safety system state and command.
    SIS_TRIP(TagDef.state("SIS.TRIP", "SIS trip latched").alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    SIS_RESET(TagDef.command("SIS.RESET", "SIS reset (accepted only once the trip condition has cleared)")),

    // The site bus and the emergency generator (docs/coupling.md).
    ELEC_VT(ElectricalSupply.voltageTag()),
    ELEC_FT(ElectricalSupply.frequencyTag()),
    EG_RUN(ElectricalSupply.generatorTag()),
    EG_LT(ElectricalSupply.fuelTag());

    private final TagDef def;

    ChemicalTag(TagDef.Builder builder) {
        this.def = builder.build();
    }

    @Override
    public TagDef def() {
        return def;
    }
}
