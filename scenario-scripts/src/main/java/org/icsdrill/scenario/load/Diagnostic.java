package org.icsdrill.scenario.load;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a scenario file, at a 1-based line and column, printed the way compilers do so
 * editors can jump to it: {@code file:line:column: message}.
 */
public record Diagnostic(String file, int line, int column, String message) {

    /** File order: how a reader fixes them. */
    public static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
