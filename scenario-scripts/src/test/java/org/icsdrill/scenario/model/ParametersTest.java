package org.icsdrill.scenario.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** An effect's checked parameters: in file order, typed getters that refuse the wrong type, copied in. */
class ParametersTest {

    private static final TagRef SPEED = new TagRef("gas", "K101.ST101", 3);
    private static final TagRef LEVEL = new TagRef("chemical", "R1.LT101", 2);

    private static Parameters sample() {
        Map<String, ParamValue> values = new LinkedHashMap<>();
        values.put("value", new ParamValue.NumberValue(358));
        values.put("mode", new ParamValue.TextValue("bypass"));
        values.put("ramp", new ParamValue.DurationValue(Duration.ofSeconds(90)));
        values.put("target", new ParamValue.TagValue(SPEED));
        values.put("targets", new ParamValue.TagListValue(List.of(LEVEL, SPEED)));
        values.put("params", new ParamValue.MapValue(Map.of("gain", "2")));
        return new Parameters(values);
    }

    /** A getter's refusal: the loader checked the parameters, so this is the engine's programming error. */
    private static void assertEngineError(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalStateException.class).hasMessage(message);
    }

    @Test
    void eachTypeHasItsGetter() {
        Parameters p = sample();

        assertThat(p.number("value")).isEqualTo(358.0);
        assertThat(p.text("mode")).isEqualTo("bypass");
        assertThat(p.duration("ramp")).isEqualTo(Duration.ofSeconds(90));
        assertThat(p.tag("target")).isEqualTo(SPEED);
        assertThat(p.tags("targets")).containsExactly(LEVEL, SPEED);
        assertThat(p.map("params")).containsExactly(Map.entry("gain", "2"));
        assertThat(p.get("mode")).contains(new ParamValue.TextValue("bypass"));
        assertThat(p.has("mode")).isTrue();
        assertThat(p.has("rate")).isFalse();
    }

    @Test
    void anAbsentParameterIsEmptyWhenOptionalAndAnErrorWhenRequired() {
        Parameters p = Parameters.NONE;

        assertThat(p.optionalNumber("rate")).isEmpty();
        assertThat(p.optionalText("host")).isEmpty();
        assertThat(p.optionalDuration("ramp")).isEmpty();
        assertThat(p.optionalTag("target")).isEmpty();
        assertThat(p.map("params")).as("no map is an empty map").isEmpty();
        assertThat(p.get("rate")).isEmpty();
        assertEngineError(() -> p.number("rate"), "no parameter rate");
        assertEngineError(() -> p.tags("targets"), "no parameter targets");
    }

    @Test
    void aParameterOfAnotherTypeIsRefusedEvenWhenOptional() {
        Parameters p = sample();

        assertEngineError(() -> p.optionalNumber("mode"), "parameter mode is a TextValue, not a NumberValue");
        assertEngineError(() -> p.tag("targets"), "parameter targets is a TagListValue, not a TagValue");
        assertEngineError(() -> p.map("value"), "parameter value is a NumberValue, not a MapValue");
    }

    @Test
    void theFilesOrderIsKeptAndEveryTagIsListedInIt() {
        Parameters p = sample();

        assertThat(p.values().keySet()).containsExactly("value", "mode", "ramp", "target", "targets", "params");
        assertThat(p.allTags()).containsExactly(SPEED, LEVEL, SPEED);
        assertThat(Parameters.NONE.allTags()).isEmpty();
    }

    @Test
    void theValuesAreACopyThatCannotBeChanged() {
        Map<String, ParamValue> values = new HashMap<>();
        values.put("value", new ParamValue.NumberValue(1));
        Parameters p = new Parameters(values);
        values.put("value", new ParamValue.NumberValue(2));
        values.put("rate", new ParamValue.NumberValue(3));

        assertThat(p.number("value")).isEqualTo(1.0);
        assertThat(p.has("rate")).isFalse();
        assertThatThrownBy(() -> p.values().put("rate", new ParamValue.NumberValue(4)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listAndMapValuesAreCopiesAndNullsAreRefused() {
        List<TagRef> tags = new java.util.ArrayList<>(List.of(LEVEL));
        Map<String, String> map = new HashMap<>(Map.of("gain", "2"));
        ParamValue.TagListValue list = new ParamValue.TagListValue(tags);
        ParamValue.MapValue params = new ParamValue.MapValue(map);
        tags.add(SPEED);
        map.put("ti", "30");

        assertThat(list.value()).containsExactly(LEVEL);
        assertThat(params.value()).containsExactly(Map.entry("gain", "2"));
        assertThatThrownBy(() -> new ParamValue.TextValue(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ParamValue.DurationValue(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ParamValue.TagValue(null)).isInstanceOf(NullPointerException.class);
    }
}
