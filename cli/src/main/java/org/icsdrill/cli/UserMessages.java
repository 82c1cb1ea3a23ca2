package org.icsdrill.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns an exception into one line a user can act on; stack traces go to the log only. */
final class UserMessages {

    private UserMessages() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof BindException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof BindException) {
            return "cannot listen: " + root.getMessage() + " (is another icsdrill running? choose ports with"
                    + " --modbus-port and --opcua-port)";
        }
        String message = e.getMessage() != null ? e.getMessage() : root.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }

    /** Why a file could not be read, in a few words: "no such file", "not UTF-8 text". */
    static String unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
