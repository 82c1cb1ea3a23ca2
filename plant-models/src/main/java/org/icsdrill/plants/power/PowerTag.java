package org.icsdrill.plants.power;

import static org.icsdrill.core.tag.EngineeringUnit.BAR;
import static org.icsdrill.core.tag.EngineeringUnit.CUBIC_METRE_PER_HOUR;
import static org.icsdrill.core.tag.EngineeringUnit.HERTZ;
import static org.icsdrill.core.tag.EngineeringUnit.KILOGRAM_PER_SECOND;
import static org.icsdrill.core.tag.EngineeringUnit.MEGAWATT;
import static org.icsdrill.core.tag.EngineeringUnit.MILLIMETRE;
import static org.icsdrill.core.tag.EngineeringUnit.ONE;
import static org.icsdrill.core.tag.EngineeringUnit.PERCENT;
import static org.icsdrill.core.tag.EngineeringUnit.REV_PER_MINUTE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.plants.common.AlarmDelays;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;

/**
 * Every tag of the power plant, declared once. {@code GEN} is the generator and its breaker, {@code TURB}
 * the steam turbine, {@code GOV} its governor, {@code AGC} the automatic generation control, {@code BLR}
 * the drum boiler, {@code TIE} the tie line to the neighbouring grid, {@code AREA} the area's load, and
 * {@code PROT} the unit protection relays with their own transducers. Frequency and speed tags depend on
 * the grid frequency, so each declaration is a function of it ({@link #catalog(double)}); {@link #def()}
 * is the 50 Hz declaration. Initial values are the design steady state ({@link OperatingPoint#DESIGN}).
 */
public enum PowerTag implements TagKey {

    // Field measurements for the PLC and SCADA.
    GEN_FT(f -> TagDef.measurement("GEN.FT", "Generator (and area) frequency", HERTZ, f - 5, f + 5)
            .noise(0.002).initial(f)
            .alarms(AlarmLimits.analog(f + 0.5, f + 0.2, f - 0.2, f - 0.5, 0.02, AlarmPriority.HIGH))),
    TURB_ST(f -> TagDef.measurement("TURB.ST", "Turbine speed", REV_PER_MINUTE, 0, 1.3 * 60 * f)
            .noise(0.3).initial(60 * f)
            .alarms(AlarmLimits.analog(1.08 * 60 * f, 1.03 * 60 * f, Double.NaN, Double.NaN, 3,
                    AlarmPriority.HIGH))),
    GEN_PT(f -> TagDef.measurement("GEN.PT", "Generator active power", MEGAWATT, -100, 600).noise(0.5)
            .initial(OperatingPoint.DESIGN.loadMw())
            .alarms(AlarmLimits.analog(Double.NaN, 520, 0, Double.NaN, 2, AlarmPriority.MEDIUM))),
    TIE_PT(f -> TagDef.measurement("TIE.PT", "Tie-line power export to the neighbouring grid", MEGAWATT, -600, 600)
            .noise(0.5).alarms(AlarmLimits.analog(Double.NaN, 150, -150, Double.NaN, 5, AlarmPriority.MEDIUM))),
    AREA_PT(f -> TagDef.measurement("AREA.PT", "Area load supplied", MEGAWATT, 0, 700).noise(1)
            .initial(OperatingPoint.DESIGN.loadMw())),
    BLR_PT(f -> TagDef.measurement("BLR.PT", "Drum pressure", BAR, 0, 200).noise(0.1).initial(160)
            .alarms(AlarmLimits.analog(178, 170, 150, 140, 1, AlarmPriority.HIGH))),
    BLR_LT(f -> TagDef.measurement("BLR.LT", "Drum level from normal water level", MILLIMETRE, -400, 400).noise(2)
            .alarms(AlarmLimits.analog(200, 100, -100, -200, 5, AlarmPriority.HIGH)
                    .withDelays(0, AlarmDelays.OFF_SECONDS))),
    BLR_FT(f -> TagDef.measurement("BLR.FT", "Main steam flow", KILOGRAM_PER_SECOND, 0, 600).noise(1)
            .initial(OperatingPoint.DESIGN.steamFlow())),
    BLR_FFW(f -> TagDef.measurement("BLR.FFW", "Feedwater flow", KILOGRAM_PER_SECOND, 0, 700).noise(1)
            .initial(OperatingPoint.DESIGN.steamFlow())),
    GEN_CB(f -> TagDef.state("GEN.CB", "Generator breaker 52G closed (auxiliary contact)").fromField().initial(1)
            .alarms(AlarmLimits.whenEquals(0, AlarmPriority.HIGH))),
    AREA_LOST(f -> TagDef.state("AREA.LOST", "Area load not supplied (bus undervoltage)").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    TURB_XS(f -> TagDef.state("TURB.XS", "Turbine mechanical damage (vibration and blade-loss detector)").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),

    // The protection relays' own transducers, independent of the PLC's.
    PROT_ST(f -> TagDef.measurement("PROT.ST", "Protection overspeed pickup", REV_PER_MINUTE, 0, 1.3 * 60 * f)
            .noise(0.3).initial(60 * f)),
    PROT_FT(f -> TagDef.measurement("PROT.FT", "Protection relay frequency", HERTZ, f - 5, f + 5).noise(0.002)
            .initial(f)),
    PROT_PT(f -> TagDef.measurement("PROT.PT", "Protection relay active power", MEGAWATT, -100, 600).noise(0.5)
            .initial(OperatingPoint.DESIGN.loadMw())),

    // Operator set points.
    BLR_PIC_SP(f -> TagDef.setpoint("BLR.PIC.SP", "Drum pressure set point", BAR, 120, 175).initial(160)),
    BLR_LIC_SP(f -> TagDef.setpoint("BLR.LIC.SP", "Drum level set point", MILLIMETRE, -100, 100).initial(0)),
    TIE_SCHED(f -> TagDef.setpoint("TIE.SCHED", "Scheduled tie-line export (AGC target)", MEGAWATT, -200, 200)),

    // Engineer parameters: governor droop and protection settings.
    GOV_DROOP(f -> TagDef.parameter("GOV.DROOP", "Governor droop (speed regulation R)", PERCENT, 2, 10).initial(5)),
    PROT_OSP(f -> TagDef.parameter("PROT.OSP", "Overspeed trip setting", PERCENT, 100, 125).initial(110)),
    PROT_OF(f -> TagDef.parameter("PROT.OF", "Over-frequency trip setting (81O, 2 s)", HERTZ, f, f + 5)
            .initial(f + 1.5)),
    PROT_UF(f -> TagDef.parameter("PROT.UF", "Under-frequency trip setting (81U, 2 s)", HERTZ, f - 5, f)
            .initial(f - 2.5)),
    PROT_RP(f -> TagDef.parameter("PROT.RP", "Reverse-power trip setting (32, 5 s)", MEGAWATT, -50, 0)
            .initial(-5)),

    // Modes: 1 = auto, 0 = manual (the operator then writes the loop's output).
    GOV_AUTO(f -> TagDef.mode("GOV.AUTO", "Governor in speed-droop control (0 = valve position by hand)")
            .initial(1)),
    AGC_AUTO(f -> TagDef.mode("AGC.AUTO", "Automatic generation control on (0 = load reference by hand)")
            .initial(1)),
    BLR_PIC_AUTO(f -> TagDef.mode("BLR.PIC.AUTO", "Drum pressure loop in auto").initial(1)),
    BLR_LIC_AUTO(f -> TagDef.mode("BLR.LIC.AUTO", "Drum level loop in auto").initial(1)),

    // Outputs to the final elements.
    TURB_GV(f -> TagDef.output("TURB.GV", "Governor (control) valve opening", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.valvePercent())),
    GOV_PREF(f -> TagDef.output("GOV.PREF", "Load reference (AGC output; by hand with AGC off)", MEGAWATT, 0, 550)
            .initial(OperatingPoint.DESIGN.loadMw())),
    TURB_IV(f -> TagDef.output("TURB.IV", "Intercept valve opening (closed by the overspeed protection controller)",
            PERCENT, 0, 100).initial(100)),
    BLR_FIRE(f -> TagDef.output("BLR.FIRE", "Firing rate", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.firingPercent())),
    BLR_FV(f -> TagDef.output("BLR.FV", "Feedwater valve opening", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.feedPercent())),
    GEN_CB_CMD(f -> TagDef.output("GEN.CB_CMD", "Generator breaker close command (PLC refuses a close out of sync)",
            ONE, 0, 1).type(DataType.BOOL).initial(1)),
    TIE_CB(f -> TagDef.output("TIE.CB", "Tie-line breaker closed (0 = area islanded)", ONE, 0, 1)
            .type(DataType.BOOL).initial(1).alarms(AlarmLimits.whenEquals(0, AlarmPriority.MEDIUM))),

    // Controller states and the protection latch.
    AGC_ACE(f -> TagDef.state("AGC.ACE", "Area control error: tie deviation + B x frequency deviation")
            .type(DataType.REAL).unit(MEGAWATT).range(-600, 600)),
    PROT_TRIP(f -> TagDef.state("PROT.TRIP", "Unit trip latched (turbine, boiler fuel and breaker 52G)")
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    PROT_CAUSE(f -> TagDef.state("PROT.CAUSE", "First trip cause: 0 none, 1 overspeed, 2 over-frequency,"
            + " 3 under-frequency, 4 reverse power, 5 low-low fuel gas pressure").type(DataType.UINT16).range(0, 5)),
    PROT_RESET(f -> TagDef.command("PROT.RESET", "Protection reset (accepted once no trip condition persists)")),

    // What couples the unit to the site (docs/coupling.md): the fuel gas from the city network, the generator bus.
    // Noise-free, so that a run without couplings draws the same instrument noise as before they existed.
    FUEL_PT(f -> TagDef.measurement("FUEL.PT", "Fuel gas pressure at the unit's inlet (absolute)", BAR, 0, 10)
            .initial(FuelGas.STANDARD.designPressure())
            .alarms(AlarmLimits.analog(Double.NaN, Double.NaN, 4.5, FuelGas.STANDARD.runbackPressure(), 0.05,
                    AlarmPriority.HIGH))),
    FUEL_FT(f -> TagDef.measurement("FUEL.FT", "Fuel gas flow to the burners (standard m³/h)", CUBIC_METRE_PER_HOUR,
            0, 200_000).initial(FuelGas.STANDARD.flow(OperatingPoint.DESIGN.firingPercent() / 100
                    * PowerParameters.standard(f).maxFiring()))),
    GEN_VT(f -> TagDef.measurement("GEN.VT", "Generator terminal voltage (the unit bus, which feeds the site)",
            PERCENT, 0, 120).initial(100)),
    PROT_FPT(f -> TagDef.measurement("PROT.FPT", "Protection fuel gas pressure transmitter (absolute)", BAR, 0, 10)
            .initial(FuelGas.STANDARD.designPressure())),
    PROT_FPLL(f -> TagDef.parameter("PROT.FPLL", "Low-low fuel gas pressure trip setting (master fuel trip, 3 s)",
            BAR, 0, 5).initial(FuelGas.STANDARD.tripPressure())),
    BLR_RB(f -> TagDef.state("BLR.RB", "Fuel runback: load reference held to what the fuel gas supply supports")
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH)));

    private final DoubleFunction<TagDef.Builder> declaration;
    private final TagDef def;

    PowerTag(DoubleFunction<TagDef.Builder> declaration) {
        this.declaration = declaration;
        this.def = declaration.apply(50).build();
    }

    /** The 50 Hz declaration. */
    @Override
    public TagDef def() {
        return def;
    }

    /** The declaration for a grid of {@code nominalHz}. */
    public TagDef def(double nominalHz) {
        return nominalHz == 50 ? def : declaration.apply(nominalHz).build();
    }

    /** The catalog for a grid of {@code nominalHz}; indexes are the ordinals of this enum either way. */
    public static TagCatalog catalog(double nominalHz) {
        if (nominalHz == 50) {
            return TagCatalog.fromEnum(PowerTag.class);
        }
        List<TagDef> defs = new ArrayList<>();
        for (PowerTag tag : values()) {
            defs.add(tag.def(nominalHz));
        }
        return TagCatalog.of(defs);
    }

    /** values() copies the array on every call; of() runs for every tag every tick. */
    private static final PowerTag[] ALL = values();

    /** The tag with this index (catalogs built for 60 Hz hand out plain keys). */
    static PowerTag of(TagKey key) {
        return ALL[key.ordinal()];
    }
}
