package org.icsdrill.scenario.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.load.LoadResult;
import org.icsdrill.scenario.load.ScenarioLoader;

/** The scenarios that ship inside the jar, by name (the file name without {@code .yaml}). */
public final class BundledScenarios {

    private static final String FOLDER = "/org/icsdrill/scenario/bundled/";

    private BundledScenarios() {
    }

    /** Names in a stable order, from the folder's index (a jar cannot list its own folders). */
    public static List<String> names() {
        return read("index.txt").map(text -> text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public static Optional<String> text(String name) {
        return names().contains(name) ? read(name + ".yaml") : Optional.empty();
    }

    /** Loads a bundled scenario; diagnostics name it as {@code bundled:<name>.yaml}. */
    public static Optional<LoadResult> load(String name) {
        return text(name).map(text -> ScenarioLoader.load("bundled:" + name + ".yaml", text));
    }

    private static Optional<String> read(String file) {
        try (InputStream in = BundledScenarios.class.getResourceAsStream(FOLDER + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled scenario " + file, e);
        }
    }
}
