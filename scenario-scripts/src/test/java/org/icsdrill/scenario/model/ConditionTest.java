package org.icsdrill.scenario.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Step conditions as records (the parser's side is ConditionParserTest): how they evaluate, which
 * tags they read, how they are written back, and what they refuse.
 */
class ConditionTest {

    private static final TagRef SPEED = new TagRef("gas", "K101.ST101", 3);
    private static final TagRef VIBRATION = new TagRef("gas", "K101.VT101", 4);
    private static final TagRef TRIP = new TagRef("gas", "SIS.TRIP", 9);

    private static final Map<TagRef, Double> PLANT = Map.of(SPEED, 17_500.0, VIBRATION, 3.5, TRIP, 0.0);
    private static final ToDoubleFunction<TagRef> VALUES = PLANT::get;

    private static Condition.Comparison is(TagRef tag, CompareOp op, double value) {
        return new Condition.Comparison(tag, op, value);
    }

    @Test
    void eachOperatorComparesTheTagsValueWithTheNumber() {
        assertThat(is(SPEED, CompareOp.GT, 17_000).test(VALUES)).isTrue();
        assertThat(is(SPEED, CompareOp.GT, 17_500).test(VALUES)).isFalse();
        assertThat(is(SPEED, CompareOp.GE, 17_500).test(VALUES)).isTrue();
        assertThat(is(VIBRATION, CompareOp.LT, 3.5).test(VALUES)).isFalse();
        assertThat(is(VIBRATION, CompareOp.LE, 3.5).test(VALUES)).isTrue();
        assertThat(is(TRIP, CompareOp.EQ, 0).test(VALUES)).isTrue();
        assertThat(is(TRIP, CompareOp.NE, 0).test(VALUES)).isFalse();
    }

    @Test
    void equalityIsExactAndNothingButNotEqualHoldsForNotANumber() {
        assertThat(CompareOp.EQ.test(0.1 + 0.2, 0.3)).isFalse();
        assertThat(CompareOp.NE.test(0.1 + 0.2, 0.3)).isTrue();
        for (CompareOp op : CompareOp.values()) {
            assertThat(op.test(Double.NaN, 1)).as(op.symbol()).isEqualTo(op == CompareOp.NE);
        }
    }

    @Test
    void allNeedsEveryPartAnyOnePart() {
        Condition fast = is(SPEED, CompareOp.GT, 17_000);
        Condition shaking = is(VIBRATION, CompareOp.GT, 4);

        assertThat(new Condition.All(List.of(fast, shaking)).test(VALUES)).isFalse();
        assertThat(new Condition.Any(List.of(fast, shaking)).test(VALUES)).isTrue();
        assertThat(new Condition.All(List.of()).test(VALUES)).as("nothing to fail").isTrue();
        assertThat(new Condition.Any(List.of()).test(VALUES)).as("nothing to hold").isFalse();
    }

    @Test
    void theTagsReadAreListedOnceInOrderOfAppearance() {
        Condition c = new Condition.Any(List.of(
                new Condition.All(List.of(is(VIBRATION, CompareOp.GT, 4), is(SPEED, CompareOp.GT, 17_000))),
                is(VIBRATION, CompareOp.GT, 6), is(TRIP, CompareOp.EQ, 1)));

        assertThat(c.tags()).containsExactly(VIBRATION, SPEED, TRIP);
    }

    @Test
    void aConditionIsWrittenBackAsItWouldBeTypedWithOrInsideAndParenthesised() {
        Condition fast = is(SPEED, CompareOp.GT, 17_000);
        Condition shaking = is(VIBRATION, CompareOp.GE, 4.5);
        Condition tripped = is(TRIP, CompareOp.EQ, 1);

        assertThat(fast).hasToString("gas.K101.ST101 > 17000");
        assertThat(shaking).hasToString("gas.K101.VT101 >= 4.5");
        assertThat(is(SPEED, CompareOp.LT, -0.25)).hasToString("gas.K101.ST101 < -0.25");
        assertThat(is(SPEED, CompareOp.LT, 1e15)).hasToString("gas.K101.ST101 < 1.0E15");
        assertThat(new Condition.Any(List.of(new Condition.All(List.of(fast, shaking)), tripped)))
                .hasToString("gas.K101.ST101 > 17000 and gas.K101.VT101 >= 4.5 or gas.SIS.TRIP == 1");
        assertThat(new Condition.All(List.of(new Condition.Any(List.of(fast, tripped)), shaking)))
                .hasToString("(gas.K101.ST101 > 17000 or gas.SIS.TRIP == 1) and gas.K101.VT101 >= 4.5");
    }

    @Test
    void aComparisonNeedsItsTagAndOperatorAndPartsAreCopied() {
        assertThatThrownBy(() -> is(null, CompareOp.GT, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("tag");
        assertThatThrownBy(() -> is(SPEED, null, 1)).isInstanceOf(NullPointerException.class).hasMessage("op");
        List<Condition> parts = new ArrayList<>(List.of(is(SPEED, CompareOp.GT, 17_000)));
        Condition.All all = new Condition.All(parts);
        parts.add(is(VIBRATION, CompareOp.GT, 99));

        assertThat(all.parts()).hasSize(1);
        assertThat(all.test(VALUES)).isTrue();
        assertThatThrownBy(() -> all.parts().add(is(TRIP, CompareOp.EQ, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
