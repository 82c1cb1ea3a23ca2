package org.icsdrill.scenario.load;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.icsdrill.api.DurationText;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed scalar reading: each method returns the value, or reports what was expected and what the
 * file said at the node and returns empty, so reading goes on and finds the next problem.
 */
final class Values {

    static final String DURATION = "a duration like 90s, 10m30s or 2h";
    /** Decimal numbers only: Java would also take 1d, 0x1p3 and Infinity. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final Diagnostics diagnostics;

    Values(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Any non-empty scalar, quoted or not. */
    Optional<String> text(Node node) {
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            return Optional.of(scalar.getValue());
        }
        return expected(node, "a text");
    }

    Optional<Duration> duration(Node node) {
        return parsed(node, DURATION, DurationText::parse);
    }

    /** A duration greater than zero. */
    Optional<Duration> positiveDuration(Node node) {
        Optional<Duration> d = duration(node);
        if (d.isPresent() && d.get().isZero()) {
            diagnostics.at(node, "expected a duration longer than zero, got '" + text(node).orElse("") + "'");
            return Optional.empty();
        }
        return d;
    }

    /** A plain (unquoted) finite number: quotes mean text in YAML. */
    Optional<Double> number(Node node) {
        if (node instanceof ScalarNode scalar && scalar.isPlain() && NUMBER.matcher(scalar.getValue()).matches()) {
            return Optional.of(Double.parseDouble(scalar.getValue()));
        }
        return expected(node, "a number");
    }

    Optional<Long> integer(Node node) {
        if (node instanceof ScalarNode scalar && scalar.isPlain()) {
            try {
                return Optional.of(Long.parseLong(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        return expected(node, "a whole number");
    }

    Optional<Boolean> bool(Node node) {
        if (node instanceof ScalarNode scalar && scalar.isPlain()
                && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue()));
        }
        return expected(node, "true or false");
    }

    Optional<Instant> instant(Node node) {
        return offsetDateTime(node).map(java.time.OffsetDateTime::toInstant);
    }

    /** An ISO-8601 date-time with its offset: {@code 2026-01-15T09:00:00Z} or {@code 2026-01-22T18:00:00+09:00}. */
    Optional<java.time.OffsetDateTime> offsetDateTime(Node node) {
        return parsed(node, "an ISO-8601 instant like 2026-01-15T09:00:00Z or 2026-01-22T18:00:00+09:00",
                java.time.OffsetDateTime::parse);
    }

    /** A time zone: a region such as {@code Asia/Tokyo}, or an offset such as {@code +09:00} or {@code UTC}. */
    Optional<java.time.ZoneId> zone(Node node) {
        return parsed(node, "a time zone like Asia/Tokyo, Europe/Kyiv or +09:00", java.time.ZoneId::of);
    }

    /** One of {@code words}; otherwise "unknown {what} 'x'; did you mean 'y'?". */
    Optional<String> word(Node node, Collection<String> words, String what) {
        Optional<String> given = text(node);
        if (given.isPresent() && !words.contains(given.get())) {
            diagnostics.at(node, "unknown " + what + " '" + given.get() + "'" + Suggestions.hint(given.get(), words));
            return Optional.empty();
        }
        return given;
    }

    /** An enum constant by its lowercase name, as scenario files write them. */
    <E extends Enum<E>> Optional<E> constant(Node node, Class<E> type, String what) {
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            words.add(e.name().toLowerCase(Locale.ROOT));
        }
        return word(node, words, what).map(w -> Enum.valueOf(type, w.toUpperCase(Locale.ROOT)));
    }

    /** A YAML list, either block ({@code - x}) or flow ({@code [x, y]}). */
    Optional<List<Node>> list(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        return expected(node, what);
    }

    /**
     * Every item of a list, read by {@code item}, each problem reported; the list only when every item was
     * good, so that one wrong item does not silently shrink what the file says.
     */
    <T> Optional<List<T>> each(Node node, String what, Function<Node, Optional<T>> item) {
        return list(node, what).flatMap(items -> {
            List<T> read = new ArrayList<>();
            items.forEach(i -> item.apply(i).ifPresent(read::add));
            return read.size() == items.size() ? Optional.of(read) : Optional.empty();
        });
    }

    /** A list of texts; an element that is not a text is reported and left out. */
    Optional<List<String>> texts(Node node, String what) {
        return list(node, what).map(items -> {
            List<String> texts = new ArrayList<>();
            items.forEach(item -> text(item).ifPresent(texts::add));
            return texts;
        });
    }

    private <T> Optional<T> parsed(Node node, String what, Function<String, T> parser) {
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            try {
                return Optional.of(parser.apply(scalar.getValue().trim()));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // reported below
            }
        }
        return expected(node, what);
    }

    private <T> Optional<T> expected(Node node, String what) {
        diagnostics.at(node, "expected " + what + ", got " + describe(node));
        return Optional.empty();
    }

    static boolean isNull(ScalarNode scalar) {
        return scalar.isPlain() && Tag.NULL.equals(scalar.getTag());
    }

    /** What the file has at this node, for "expected ..., got ..." messages. */
    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return isNull(scalar) ? "nothing" : "'" + scalar.getValue() + "'";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof MappingNode ? "a mapping" : "a " + node.getNodeType();
    }

    /** The 1-based line of a node. */
    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }
}
