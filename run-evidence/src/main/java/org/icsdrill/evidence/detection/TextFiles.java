package org.icsdrill.evidence.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.icsdrill.core.output.Compression;

/** Reads a text file line by line, numbering lines from 1, and turns I/O failures into one line. */
final class TextFiles {

    /** Receives each line with its number; may reject it. */
    @FunctionalInterface
    interface LineHandler {
        void line(int number, String text) throws ScoreInputException;
    }

    private TextFiles() {
    }

    static void forEachLine(Path file, LineHandler handler) throws ScoreInputException {
        if (Files.isDirectory(file)) {
            throw ScoreInputException.of(file, "is a directory, expected a file");
        }
        try (BufferedReader reader = open(file)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                handler.line(number, number == 1 ? stripBom(line) : line);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw ScoreInputException.of(file, "cannot read: " + reason(cause));
        }
    }

    /** The first line that is not blank, or empty for a file of blank lines. */
    static Optional<String> firstNonBlankLine(Path file) throws ScoreInputException {
        if (Files.isDirectory(file)) {
            throw ScoreInputException.of(file, "is a directory, expected a file");
        }
        try (BufferedReader reader = open(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    return Optional.of(stripBom(line));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw ScoreInputException.of(file, "cannot read: " + reason(e));
        }
    }

    /**
     * {@code file}, plain or compressed by its name (.zst, .gz: a long run's labels and journal, an alert file kept
     * compressed), as UTF-8; a decoder of its own reports bytes that are not UTF-8 instead of replacing them.
     */
    private static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Compression.open(file), StandardCharsets.UTF_8.newDecoder()));
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
