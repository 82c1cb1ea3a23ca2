package org.icsdrill.scenario.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A typed attack or fault parameter value, already checked and resolved by the loader. */
public sealed interface ParamValue {

    record NumberValue(double value) implements ParamValue {
    }

    /** Text, a plant id, a host, or a choice word. */
    record TextValue(String value) implements ParamValue {
        public TextValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record DurationValue(Duration value) implements ParamValue {
        public DurationValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record TagValue(TagRef value) implements ParamValue {
        public TagValue {
            Objects.requireNonNull(value, "value");
        }
    }

    record TagListValue(List<TagRef> value) implements ParamValue {
        public TagListValue {
            value = List.copyOf(value);
        }
    }

    /** Scalars kept as their text: the program variant that receives them knows their types. */
    record MapValue(Map<String, String> value) implements ParamValue {
        public MapValue {
            value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
        }
    }
}
