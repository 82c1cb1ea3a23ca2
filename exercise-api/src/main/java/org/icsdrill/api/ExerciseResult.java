package org.icsdrill.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The answer to an exercise command: whether it was carried out, and a {@link ResultCode} with its
 * arguments, which each reader translates ({@link #text(Locale)}). Arguments are plain strings so
 * that a number reads the same in every language.
 */
public record ExerciseResult(boolean accepted, ResultCode code, List<String> arguments) {

    /** The texts of the codes, {@code results_en.properties} and {@code results_ja.properties}. */
    public static final String TEXTS = "org.icsdrill.api.results";

    public ExerciseResult {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static ExerciseResult done(ResultCode code, Object... arguments) {
        return new ExerciseResult(true, code, strings(arguments));
    }

    public static ExerciseResult refused(ResultCode code, Object... arguments) {
        return new ExerciseResult(false, code, strings(arguments));
    }

    /** What it says in {@code language} (English where that language has no text). */
    public String text(Locale language) {
        return Texts.load(TEXTS, language).get(code.key(), arguments.toArray());
    }

    /** In English: the message every OPC UA client gets beside the code, and what logs keep. */
    public String english() {
        return text(Locale.ENGLISH);
    }

    private static List<String> strings(Object[] arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
