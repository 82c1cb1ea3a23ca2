package org.icsdrill.scenario.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A folder of YAML files inside the jar (the bundled scenarios, the bundled sites), by name: the file name
 * without {@code .yaml}, listed in the folder's {@code index.txt} because a jar cannot list its own folders.
 *
 * @param folder the resource folder, like {@code /org/icsdrill/scenario/site/}
 * @param what   what its files are, for the error when one cannot be read: "scenario", "site"
 */
public record BundledFolder(String folder, String what) {

    /** Names in a stable order, the index's. */
    public List<String> names() {
        return read("index.txt").map(text -> text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The text of the named file; empty for a name the index does not list. */
    public Optional<String> text(String name) {
        return names().contains(name) ? read(name + ".yaml") : Optional.empty();
    }

    /** How diagnostics name a bundled file: {@code bundled:<name>.yaml}. */
    public static String label(String name) {
        return "bundled:" + name + ".yaml";
    }

    private Optional<String> read(String file) {
        try (InputStream in = BundledFolder.class.getResourceAsStream(folder + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + what + " " + file, e);
        }
    }
}
