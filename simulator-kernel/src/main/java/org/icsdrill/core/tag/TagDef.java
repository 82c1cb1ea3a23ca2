package org.icsdrill.core.tag;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One tag, declared once: the Modbus register map, the OPC UA address space, alarms and historian
 * columns are all generated from it. The name is hierarchical, {@code UNIT.TAG} (for example
 * {@code R1.TT101} or {@code R1.TIC101.SP}); the part before the first dot is the equipment unit.
 *
 * @param field true when the value comes from the field through an instrument (every measurement, and
 *     field states such as a limit switch), false when it lives in controller memory
 * @param noise standard deviation of the instrument's measurement noise, in the tag's unit
 */
public record TagDef(
        String name,
        String description,
        EngineeringUnit unit,
        Range range,
        TagKind kind,
        boolean field,
        Access access,
        DataType type,
        double initialValue,
        double noise,
        AlarmLimits alarms) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");

    public TagDef {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tag name must look like UNIT.TAG: " + name);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(alarms, "alarms");
        if (kind == TagKind.MEASUREMENT && !field) {
            throw new IllegalArgumentException(name + ": a measurement always comes from the field");
        }
        if (field && access != Access.READ_ONLY) {
            throw new IllegalArgumentException(name + ": a field signal cannot be writable");
        }
        if (noise < 0) {
            throw new IllegalArgumentException(name + ": noise must not be negative");
        }
    }

    /** The equipment unit, the first part of the name: {@code R1} for {@code R1.TT101} and {@code R1.TIC101.SP}. */
    public String equipment() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The tag's name within its unit: {@code TT101}, or {@code TIC101.SP}. */
    public String shortName() {
        return name.substring(name.indexOf('.') + 1);
    }

    public boolean isDiscrete() {
        return type == DataType.BOOL;
    }

    public static Builder builder(String name, TagKind kind) {
        return new Builder(name, kind);
    }

    public static Builder measurement(String name, String description, EngineeringUnit unit, double min, double max) {
        return builder(name, TagKind.MEASUREMENT).description(description).unit(unit).range(min, max);
    }

    public static Builder setpoint(String name, String description, EngineeringUnit unit, double min, double max) {
        return builder(name, TagKind.SETPOINT).description(description).unit(unit).range(min, max);
    }

    public static Builder parameter(String name, String description, EngineeringUnit unit, double min, double max) {
        return builder(name, TagKind.PARAMETER).description(description).unit(unit).range(min, max);
    }

    public static Builder output(String name, String description, EngineeringUnit unit, double min, double max) {
        return builder(name, TagKind.OUTPUT).description(description).unit(unit).range(min, max);
    }

    /** A mode switch: 1 = automatic, 0 = manual unless the description says otherwise. */
    public static Builder mode(String name, String description) {
        return builder(name, TagKind.MODE).description(description);
    }

    public static Builder state(String name, String description) {
        return builder(name, TagKind.STATE).description(description);
    }

    public static Builder command(String name, String description) {
        return builder(name, TagKind.COMMAND).description(description);
    }

    /** Fills defaults from the kind: access, data type and range; everything can be overridden. */
    public static final class Builder {
        private final String name;
        private final TagKind kind;
        private String description = "";
        private EngineeringUnit unit = EngineeringUnit.ONE;
        private Range range;
        private Access access;
        private DataType type;
        private double initialValue = Double.NaN;
        private double noise;
        private AlarmLimits alarms = AlarmLimits.NONE;
        private boolean field;

        private Builder(String name, TagKind kind) {
            this.name = name;
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder unit(EngineeringUnit value) {
            this.unit = value;
            return this;
        }

        public Builder range(double min, double max) {
            this.range = new Range(min, max);
            return this;
        }

        public Builder access(Access value) {
            this.access = value;
            return this;
        }

        public Builder type(DataType value) {
            this.type = value;
            return this;
        }

        public Builder initial(double value) {
            this.initialValue = value;
            return this;
        }

        public Builder noise(double standardDeviation) {
            this.noise = standardDeviation;
            return this;
        }

        /** Marks a state as read from the field (a limit switch, a rupture detector), not from controller memory. */
        public Builder fromField() {
            this.field = true;
            return this;
        }

        public Builder alarms(AlarmLimits value) {
            this.alarms = value;
            return this;
        }

        public TagDef build() {
            DataType t = type != null ? type : defaultType(kind);
            Range r = range != null ? range : (t == DataType.BOOL ? Range.BINARY : null);
            if (r == null) {
                throw new IllegalArgumentException(name + ": a " + t + " tag needs a range");
            }
            Access a = access != null ? access : defaultAccess(kind);
            double initial = Double.isNaN(initialValue) ? Math.max(r.min(), Math.min(r.max(), 0)) : initialValue;
            boolean fromField = field || kind == TagKind.MEASUREMENT;
            return new TagDef(name, description, unit, r, kind, fromField, a, t, initial, noise, alarms);
        }

        private static DataType defaultType(TagKind kind) {
            return switch (kind) {
                case MODE, COMMAND, STATE -> DataType.BOOL;
                default -> DataType.REAL;
            };
        }

        private static Access defaultAccess(TagKind kind) {
            return switch (kind) {
                case MEASUREMENT, STATE -> Access.READ_ONLY;
                case PARAMETER -> Access.ENGINEER;
                default -> Access.OPERATOR;
            };
        }
    }
}
