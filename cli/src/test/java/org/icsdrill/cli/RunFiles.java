package org.icsdrill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.core.output.Compression;

/** A run's text files for the tests, read by their plain names: a run over an hour writes them compressed (ADR 23). */
final class RunFiles {

    private RunFiles() {
    }

    /** The lines of {@code labels.csv}, {@code hosts.jsonl}... or of the {@code .zst}/{@code .gz} the run wrote. */
    static List<String> lines(Path plainName) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Compression.open(plainName),
                StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
