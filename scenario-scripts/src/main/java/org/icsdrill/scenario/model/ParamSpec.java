package org.icsdrill.scenario.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter an attack or fault kind takes: its key in the file, type, whether it is required,
 * its default, and for {@link ParamType#CHOICE} the allowed words.
 */
public record ParamSpec(String name, ParamType type, boolean required, Optional<ParamValue> defaultValue,
        List<String> choices) {

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
        if ((type == ParamType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": a choice needs words, and only a choice has them");
        }
        if (required && defaultValue.isPresent()) {
            throw new IllegalArgumentException(name + ": a required parameter has no default");
        }
    }

    public static ParamSpec required(String name, ParamType type) {
        return new ParamSpec(name, type, true, Optional.empty(), List.of());
    }

    public static ParamSpec optional(String name, ParamType type) {
        return new ParamSpec(name, type, false, Optional.empty(), List.of());
    }

    public static ParamSpec withDefault(String name, ParamType type, ParamValue value) {
        return new ParamSpec(name, type, false, Optional.of(value), List.of());
    }

    /** A required choice among words. */
    public static ParamSpec choice(String name, String... words) {
        return new ParamSpec(name, ParamType.CHOICE, true, Optional.empty(), List.of(words));
    }

    /** An optional choice whose default is the first word. */
    public static ParamSpec choiceWithDefault(String name, String... words) {
        return new ParamSpec(name, ParamType.CHOICE, false, Optional.of(new ParamValue.TextValue(words[0])),
                List.of(words));
    }
}
