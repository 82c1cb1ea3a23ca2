package org.icsdrill.core.tag;

/**
 * An engineering unit identified by its UN/CEFACT (UNECE Recommendation 20) common code, as OPC UA
 * EUInformation expects (IEC 62541-8, 5.6.3).
 */
public record EngineeringUnit(String uneceCode, String symbol, String description) {

    public static final EngineeringUnit KELVIN = new EngineeringUnit("KEL", "K", "kelvin");
    public static final EngineeringUnit CELSIUS = new EngineeringUnit("CEL", "°C", "degree Celsius");
    public static final EngineeringUnit KILOPASCAL = new EngineeringUnit("KPA", "kPa", "kilopascal");
    public static final EngineeringUnit BAR = new EngineeringUnit("BAR", "bar", "bar");
    public static final EngineeringUnit PERCENT = new EngineeringUnit("P1", "%", "percent");
    public static final EngineeringUnit LITRE = new EngineeringUnit("LTR", "L", "litre");
    public static final EngineeringUnit LITRE_PER_MINUTE = new EngineeringUnit("L2", "L/min", "litre per minute");
    public static final EngineeringUnit MOLE_PER_LITRE = new EngineeringUnit("C38", "mol/L", "mole per litre");
    public static final EngineeringUnit HERTZ = new EngineeringUnit("HTZ", "Hz", "hertz");
    public static final EngineeringUnit REV_PER_MINUTE = new EngineeringUnit("RPM", "r/min", "revolutions per minute");
    public static final EngineeringUnit MEGAWATT = new EngineeringUnit("MAW", "MW", "megawatt");
    public static final EngineeringUnit KILOWATT = new EngineeringUnit("KWT", "kW", "kilowatt");
    public static final EngineeringUnit SECOND = new EngineeringUnit("SEC", "s", "second");
    public static final EngineeringUnit MINUTE = new EngineeringUnit("MIN", "min", "minute");
    public static final EngineeringUnit CUBIC_METRE_PER_HOUR = new EngineeringUnit("MQH", "m³/h", "cubic metre per hour");
    public static final EngineeringUnit MILLIMETRE_PER_SECOND = new EngineeringUnit("C16", "mm/s", "millimetre per second");
    public static final EngineeringUnit MILLIGRAM_PER_CUBIC_METRE = new EngineeringUnit("GP", "mg/m³", "milligram per cubic metre");
    public static final EngineeringUnit KILOGRAM_PER_SECOND = new EngineeringUnit("KGS", "kg/s", "kilogram per second");
    public static final EngineeringUnit MILLIMETRE = new EngineeringUnit("MMT", "mm", "millimetre");
    public static final EngineeringUnit HOUR = new EngineeringUnit("HUR", "h", "hour");
    public static final EngineeringUnit ONE = new EngineeringUnit("C62", "", "dimensionless");

    public EngineeringUnit {
        if (uneceCode == null || uneceCode.isEmpty() || uneceCode.length() > 3) {
            throw new IllegalArgumentException("UNECE common code must be 1 to 3 characters: " + uneceCode);
        }
    }

    /**
     * The UnitId that OPC UA derives from the common code: each character's ASCII value packed into
     * one 32-bit integer, left to right (IEC 62541-8, 5.6.3).
     */
    public int opcUaUnitId() {
        int id = 0;
        for (char c : uneceCode.toCharArray()) {
            id = (id << 8) | (c & 0xFF);
        }
        return id;
    }
}
