package org.icsdrill.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.icsdrill.scenario.model.CompareOp;
import org.icsdrill.scenario.model.Condition;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;

class ConditionParserTest {

    private static final TagRef SPEED = new TagRef("gas", "K101.ST101", 3);
    private static final TagRef VIBRATION = new TagRef("gas", "K101.VT101", 4);
    private static final TagRef LEVEL = new TagRef("chemical", "R1.LT101", 2);
    private static final Map<String, TagRef> TAGS = Map.of("gas.K101.ST101", SPEED, "gas.K101.VT101", VIBRATION,
            "chemical.R1.LT101", LEVEL);
    private static final TagResolver RESOLVER = name -> {
        TagRef ref = TAGS.get(name);
        if (ref == null) {
            throw new IllegalArgumentException("unknown tag '" + name + "'");
        }
        return ref;
    };

    private static Condition parse(String text) throws ConditionException {
        return ConditionParser.parse(text, RESOLVER);
    }

    @Test
    void comparisonWithEveryOperator() throws ConditionException {
        for (CompareOp op : CompareOp.values()) {
            assertThat(parse("gas.K101.ST101 " + op.symbol() + " 17000"))
                    .isEqualTo(new Condition.Comparison(SPEED, op, 17000));
        }
        assertThat(parse("gas.K101.ST101>-1.5e3")).isEqualTo(new Condition.Comparison(SPEED, CompareOp.GT, -1500));
    }

    @Test
    void andBindsTighterThanOr() throws ConditionException {
        Condition c = parse("gas.K101.ST101 > 1 or gas.K101.VT101 > 2 and chemical.R1.LT101 < 3");
        assertThat(c).isInstanceOf(Condition.Any.class);
        assertThat(((Condition.Any) c).parts().get(1)).isInstanceOf(Condition.All.class);
        assertThat(c.tags()).containsExactly(SPEED, VIBRATION, LEVEL);
    }

    @Test
    void parenthesesGroup() throws ConditionException {
        Condition c = parse("(gas.K101.ST101 > 1 or gas.K101.VT101 > 2) and chemical.R1.LT101 < 3");
        assertThat(c).isInstanceOf(Condition.All.class);
        assertThat(c).hasToString("(gas.K101.ST101 > 1 or gas.K101.VT101 > 2) and chemical.R1.LT101 < 3");
    }

    @Test
    void evaluatesAgainstValues() throws ConditionException {
        Condition c = parse("gas.K101.ST101 >= 17000 and gas.K101.VT101 != 0");
        assertThat(c.test(values(17000, 1))).isTrue();
        assertThat(c.test(values(16999, 1))).isFalse();
        assertThat(c.test(values(17000, 0))).isFalse();
    }

    private static java.util.function.ToDoubleFunction<TagRef> values(double speed, double vibration) {
        return tag -> tag.equals(SPEED) ? speed : vibration;
    }

    @Test
    void errorsPointAtTheOffendingToken() {
        record Bad(String text, int offset, String message) {
        }
        for (Bad bad : List.of(
                new Bad("", 0, "empty condition"),
                new Bad("gas.K101.ST101", 14, "expected a comparison (> >= < <= == !=) after gas.K101.ST101, got the end"),
                new Bad("gas.K101.ST101 > fast", 17, "expected a number after '>', got 'fast'"),
                new Bad("gas.K101.ST101 = 3", 15, "unexpected '='"),
                new Bad("gas.K101.ST101 > 3 xor gas.K101.VT101 > 1", 19, "expected 'and', 'or' or the end"),
                new Bad("gas.K101.ST101 > 3 and", 22, "expected a plant-qualified tag"),
                new Bad("(gas.K101.ST101 > 3", 19, "missing ')'"),
                new Bad("gas.K101.XX > 3", 0, "unknown tag 'gas.K101.XX'"),
                new Bad("gas.K101.ST101 > 17000rpm", 17, "unexpected '17000rpm'"))) {
            assertThatThrownBy(() -> parse(bad.text()))
                    .as(bad.text())
                    .isInstanceOfSatisfying(ConditionException.class, e -> {
                        assertThat(e.offset()).as(bad.text()).isEqualTo(bad.offset());
                        assertThat(e.getMessage()).contains(bad.message());
                    });
        }
    }
}
