package org.icsdrill.scenario.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked parameters of one attack or fault, defaults filled in. Typed getters throw when a
 * parameter is absent or of another type: the loader has checked against the kind's signature,
 * so that is a programming error in the engine.
 */
public record Parameters(Map<String, ParamValue> values) {

    public static final Parameters NONE = new Parameters(Map.of());

    public Parameters {
        // in the file's order, so labels and reports are reproducible
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<ParamValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public double number(String name) {
        return optionalNumber(name).orElseThrow(() -> missing(name));
    }

    public Optional<Double> optionalNumber(String name) {
        return typed(name, ParamValue.NumberValue.class).map(ParamValue.NumberValue::value);
    }

    public String text(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    public Optional<String> optionalText(String name) {
        return typed(name, ParamValue.TextValue.class).map(ParamValue.TextValue::value);
    }

    public Duration duration(String name) {
        return optionalDuration(name).orElseThrow(() -> missing(name));
    }

    public Optional<Duration> optionalDuration(String name) {
        return typed(name, ParamValue.DurationValue.class).map(ParamValue.DurationValue::value);
    }

    public TagRef tag(String name) {
        return optionalTag(name).orElseThrow(() -> missing(name));
    }

    public Optional<TagRef> optionalTag(String name) {
        return typed(name, ParamValue.TagValue.class).map(ParamValue.TagValue::value);
    }

    public List<TagRef> tags(String name) {
        return typed(name, ParamValue.TagListValue.class).map(ParamValue.TagListValue::value)
                .orElseThrow(() -> missing(name));
    }

    public Map<String, String> map(String name) {
        return typed(name, ParamValue.MapValue.class).map(ParamValue.MapValue::value).orElse(Map.of());
    }

    /** Every tag the parameters name, for ground-truth labels ("targets" of an attack log row). */
    public List<TagRef> allTags() {
        List<TagRef> tags = new ArrayList<>();
        for (ParamValue value : values.values()) {
            if (value instanceof ParamValue.TagValue t) {
                tags.add(t.value());
            } else if (value instanceof ParamValue.TagListValue list) {
                tags.addAll(list.value());
            }
        }
        return tags;
    }

    private <T extends ParamValue> Optional<T> typed(String name, Class<T> type) {
        ParamValue value = values.get(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("parameter " + name + " is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return Optional.ofNullable(type.cast(value));
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("no parameter " + name);
    }
}
