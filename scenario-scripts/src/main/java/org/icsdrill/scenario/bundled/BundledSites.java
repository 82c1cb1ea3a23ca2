package org.icsdrill.scenario.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.load.SiteLoadResult;
import org.icsdrill.scenario.load.SiteLoader;

/** The site networks that ship inside the jar, by name (the file name without {@code .yaml}). */
public final class BundledSites {

    /** The site a run uses when none is named: the IEC 62443 reference site. */
    public static final String DEFAULT = "reference";

    private static final String FOLDER = "/org/icsdrill/scenario/site/";

    private BundledSites() {
    }

    /** Names in a stable order, from the folder's index (a jar cannot list its own folders). */
    public static List<String> names() {
        return read("index.txt").map(text -> text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public static Optional<String> text(String name) {
        return names().contains(name) ? read(name + ".yaml") : Optional.empty();
    }

    /** Loads a bundled site; diagnostics name it as {@code bundled:<name>.yaml}. */
    public static Optional<SiteLoadResult> load(String name) {
        return text(name).map(text -> SiteLoader.load("bundled:" + name + ".yaml", text));
    }

    private static Optional<String> read(String file) {
        try (InputStream in = BundledSites.class.getResourceAsStream(FOLDER + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled site " + file, e);
        }
    }
}
