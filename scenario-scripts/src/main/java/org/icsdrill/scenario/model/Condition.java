package org.icsdrill.scenario.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A parsed step condition such as {@code gas.K101.ST101 > 17000 and gas.K101.VT101 < 4}. The
 * engine evaluates it each tick against the true plant values through {@link #test}.
 */
public sealed interface Condition {

    boolean test(ToDoubleFunction<TagRef> values);

    /** The tags the condition reads, in order of appearance, so the engine knows what to sample. */
    default Set<TagRef> tags() {
        Set<TagRef> tags = new LinkedHashSet<>();
        collectTags(tags);
        return tags;
    }

    void collectTags(Set<TagRef> into);

    /** {@code tag op value}. */
    record Comparison(TagRef tag, CompareOp op, double value) implements Condition {
        public Comparison {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(op, "op");
        }

        @Override
        public boolean test(ToDoubleFunction<TagRef> values) {
            return op.test(values.applyAsDouble(tag), value);
        }

        @Override
        public void collectTags(Set<TagRef> into) {
            into.add(tag);
        }

        @Override
        public String toString() {
            String number = value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value) : Double.toString(value);
            return tag + " " + op.symbol() + " " + number;
        }
    }

    /** True when every part is; and binds tighter than or. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(ToDoubleFunction<TagRef> values) {
            return parts.stream().allMatch(c -> c.test(values));
        }

        @Override
        public void collectTags(Set<TagRef> into) {
            parts.forEach(c -> c.collectTags(into));
        }

        @Override
        public String toString() {
            return parts.stream().map(c -> c instanceof Any ? "(" + c + ")" : c.toString())
                    .collect(Collectors.joining(" and "));
        }
    }

    /** True when any part is. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(ToDoubleFunction<TagRef> values) {
            return parts.stream().anyMatch(c -> c.test(values));
        }

        @Override
        public void collectTags(Set<TagRef> into) {
            parts.forEach(c -> c.collectTags(into));
        }

        @Override
        public String toString() {
            return parts.stream().map(Condition::toString).collect(Collectors.joining(" or "));
        }
    }
}
