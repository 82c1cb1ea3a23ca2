package org.icsdrill.scenario.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icsdrill.scenario.site.Site;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Loads and checks site files (format: docs/site.md) the way {@link ScenarioLoader} does scenarios:
 * the YAML is composed to a node tree so every problem names its file, line and column, and all
 * problems are collected.
 */
public final class SiteLoader {

    /** The sites that ship inside the jar: {@code reference} and {@code flat}. */
    public static final BundledFolder BUNDLED = new BundledFolder("/org/icsdrill/scenario/site/", "site");

    private static final Pattern ZONES_LINE = Pattern.compile("(?m)^zones\\s*:");

    private SiteLoader() {
    }

    /**
     * Loads a file; diagnostics name it as given.
     *
     * @throws IOException when the file cannot be read (missing, a directory, not UTF-8)
     */
    public static SiteLoadResult load(Path file) throws IOException {
        return load(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Loads site text; {@code name} stands for the file in diagnostics. */
    public static SiteLoadResult load(String name, String text) {
        Diagnostics diagnostics = new Diagnostics(name);
        Optional<Node> root = ScenarioLoader.compose(name, text, diagnostics);
        if (root.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.atFileStart("empty file: a site needs name, zones and hosts");
        }
        Optional<Site> site = root.flatMap(r -> new SiteReader(diagnostics).read(r));
        if (site.isPresent()) {
            return new SiteLoadResult.Loaded(site.get());
        }
        return new SiteLoadResult.Failed(diagnostics.sorted());
    }

    /**
     * Whether the text is a site rather than a scenario: its top level has a {@code zones} key. Text
     * that is not even YAML counts as a site when a line starts with {@code zones:}, so its syntax
     * error comes from the loader it was meant for.
     */
    public static boolean isSite(String text) {
        Optional<Node> root = ScenarioLoader.compose("", text, new Diagnostics(""));
        if (root.isEmpty()) {
            return ZONES_LINE.matcher(text).find();
        }
        return root.get() instanceof MappingNode mapping && mapping.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("zones"));
    }
}
