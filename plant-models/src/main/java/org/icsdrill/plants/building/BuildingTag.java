package org.icsdrill.plants.building;

import static org.icsdrill.core.tag.EngineeringUnit.CELSIUS;
import static org.icsdrill.core.tag.EngineeringUnit.ONE;
import static org.icsdrill.core.tag.EngineeringUnit.PERCENT;

import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;
import org.icsdrill.plants.common.ElectricalSupply;

/**
 * Every tag of the office building, declared once. {@code Z1..Z4} are the zones (north, east, south, west)
 * with their radiator valves (the heating controllers FrostyGoop wrote to over Modbus in Lviv, 2024);
 * {@code AHU} the air-handling unit, {@code BLR} the heating boiler, {@code CHL} the chiller, {@code DOOR}
 * the main entrance access control, {@code FIRE} the fire alarm panel interface, {@code SIS} the life-safety
 * and equipment-protection functions on their own sensors. Initial values: {@link OperatingPoint#DESIGN}.
 */
public enum BuildingTag implements TagKey {

    Z1_TT(zone("Z1", "north")),
    Z2_TT(zone("Z2", "east")),
    Z3_TT(zone("Z3", "south")),
    Z4_TT(zone("Z4", "west")),
    OUT_TT(TagDef.measurement("OUT.TT", "Outside air temperature", CELSIUS, -30, 45).noise(0.1)
            .initial(OperatingPoint.DESIGN.outside())),
    AHU_TT(TagDef.measurement("AHU.TT", "Supply air temperature", CELSIUS, -20, 60).noise(0.1)
            .initial(OperatingPoint.DESIGN.supplyAir())
            .alarms(AlarmLimits.analog(Double.NaN, 30, 12, 6, 0.5, AlarmPriority.MEDIUM))),
    BLR_TT(TagDef.measurement("BLR.TT", "Heating water supply temperature", CELSIUS, 0, 120).noise(0.2)
            .initial(OperatingPoint.DESIGN.water())
            .alarms(AlarmLimits.analog(90, 80, 55, 40, 1, AlarmPriority.HIGH))),
    FIRE_ALM(TagDef.state("FIRE.ALM", "Fire alarm panel in alarm").fromField()
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    DOOR_OPEN(TagDef.state("DOOR.OPEN", "Main entrance door open (door contact)").fromField()),

    // Safety sensors, independent of the BAS controllers'.
    SIS_TT(TagDef.measurement("SIS.TT", "Freeze-stat: air leaving the heating coil", CELSIUS, -20, 60).noise(0.1)
            .initial(OperatingPoint.DESIGN.supplyAir())),
    SIS_BTT(TagDef.measurement("SIS.BTT", "Boiler high-limit thermostat", CELSIUS, 0, 120).noise(0.2)
            .initial(OperatingPoint.DESIGN.water())),

    Z1_SP(zoneSetpoint("Z1")),
    Z2_SP(zoneSetpoint("Z2")),
    Z3_SP(zoneSetpoint("Z3")),
    Z4_SP(zoneSetpoint("Z4")),
    AHU_SP(TagDef.setpoint("AHU.TIC.SP", "Supply air temperature set point", CELSIUS, 10, 30)
            .initial(OperatingPoint.DESIGN.supplyAir())),
    BLR_SP(TagDef.setpoint("BLR.TIC.SP", "Heating water supply set point", CELSIUS, 30, 85)
            .initial(OperatingPoint.DESIGN.water())),

    ZONE_AUTO(TagDef.mode("ZONE.AUTO", "Zone heating controllers in auto (0 = radiator valves by hand)")
            .initial(1)),
    AHU_AUTO(TagDef.mode("AHU.AUTO", "AHU in auto: fan schedule, supply air loops, economiser").initial(1)),
    BLR_AUTO(TagDef.mode("BLR.AUTO", "Boiler water temperature loop in auto").initial(1)),
    CHL_AUTO(TagDef.mode("CHL.AUTO", "Chiller staged by the BAS (with anti-short-cycle timer)").initial(1)),

    Z1_HV(radiator("Z1")),
    Z2_HV(radiator("Z2")),
    Z3_HV(radiator("Z3")),
    Z4_HV(radiator("Z4")),
    AHU_FAN(TagDef.output("AHU.FAN", "Supply fan VFD speed", PERCENT, 0, 100).initial(OperatingPoint.DESIGN.fan())),
    AHU_HCV(TagDef.output("AHU.HCV", "Heating coil valve", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.heatingCoilValve())),
    AHU_CCV(TagDef.output("AHU.CCV", "Cooling coil valve", PERCENT, 0, 100)),
    AHU_OAD(TagDef.output("AHU.OAD", "Outside air damper (economiser)", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.outsideAirDamper())),
    BLR_FIRE(TagDef.output("BLR.FIRE", "Boiler burner firing rate", PERCENT, 0, 100)
            .initial(OperatingPoint.DESIGN.firing())),
    CHL_RUN(TagDef.output("CHL.RUN", "Chiller compressor run", ONE, 0, 1).type(DataType.BOOL)),
    DOOR_LOCK(TagDef.output("DOOR.LOCK", "Main entrance locked (card access only)", ONE, 0, 1).type(DataType.BOOL)),
    FIRE_DRILL(TagDef.output("FIRE.DRILL", "Fire panel input: manual call point operated (drill)", ONE, 0, 1)
            .type(DataType.BOOL).access(Access.ENGINEER)),

    SIS_FRZ(TagDef.state("SIS.FRZ", "Freeze-stat tripped: fan stopped, outside damper shut, coil valve open")
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH))),
    SIS_BHL(TagDef.state("SIS.BHL", "Boiler high-limit tripped: burner locked out")
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH))),
    SIS_FSD(TagDef.state("SIS.FSD", "Fire shutdown: AHU stopped, dampers shut, doors unlocked")
            .alarms(AlarmLimits.whenEquals(1, AlarmPriority.URGENT))),
    SIS_TRIP(TagDef.state("SIS.TRIP", "Any safety function latched")),
    SIS_RESET(TagDef.command("SIS.RESET", "Reset the safety latches (accepted once their conditions have cleared)")),

    // The site bus and the emergency generator (docs/coupling.md).
    ELEC_VT(ElectricalSupply.voltageTag()),
    ELEC_FT(ElectricalSupply.frequencyTag()),
    EG_RUN(ElectricalSupply.generatorTag()),
    EG_LT(ElectricalSupply.fuelTag());

    /** Freeze-stat setting, °C (ASHRAE Guideline 36: low-limit at about 3 to 4 °C). */
    public static final double FREEZE_STAT = 4;
    /** Boiler high-limit setting, °C. */
    public static final double HIGH_LIMIT = 95;

    private final TagDef def;

    BuildingTag(TagDef.Builder builder) {
        this.def = builder.build();
    }

    @Override
    public TagDef def() {
        return def;
    }

    static final BuildingTag[] ZONE_TEMPERATURES = {Z1_TT, Z2_TT, Z3_TT, Z4_TT};
    static final BuildingTag[] ZONE_SETPOINTS = {Z1_SP, Z2_SP, Z3_SP, Z4_SP};
    static final BuildingTag[] ZONE_VALVES = {Z1_HV, Z2_HV, Z3_HV, Z4_HV};

    private static TagDef.Builder zone(String zone, String side) {
        return TagDef.measurement(zone + ".TT", "Zone temperature, " + side + " offices", CELSIUS, -20, 45)
                .noise(0.05).initial(OperatingPoint.DESIGN.zone())
                .alarms(AlarmLimits.analog(28, 25, 19, 12, 0.3, AlarmPriority.MEDIUM));
    }

    private static TagDef.Builder zoneSetpoint(String zone) {
        return TagDef.setpoint(zone + ".TIC.SP", "Zone temperature set point", CELSIUS, 5, 30)
                .initial(OperatingPoint.DESIGN.zone());
    }

    private static TagDef.Builder radiator(String zone) {
        return TagDef.output(zone + ".HV", "Radiator (heating) valve", PERCENT, 0, 100)
                .initial(OperatingPoint.DESIGN.radiatorValve());
    }
}
