package org.icsdrill.evidence.detection;

import java.nio.file.Path;

/**
 * An input file of the scorer cannot be used: missing, unreadable or malformed. The message is one
 * line a user can act on, {@code file:line: what is wrong}, so that the command line prints it as is.
 */
public final class ScoreInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScoreInputException(String message) {
        super(message);
    }

    /** A problem on one line of a file (lines count from 1). */
    static ScoreInputException at(Path file, int line, String message) {
        return new ScoreInputException(file + ":" + line + ": " + message);
    }

    /** A problem with the file as a whole. */
    static ScoreInputException of(Path file, String message) {
        return new ScoreInputException(file + ": " + message);
    }
}
