package org.icsdrill.scenario.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.icsdrill.scenario.model.Scenario;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads and checks scenario files (format: docs/scenarios.md). The YAML is composed to a node tree,
 * not bound to objects, so every problem can name its file, line and column; all problems are
 * collected, none stops the check.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /**
     * Loads a file; diagnostics name it as given.
     *
     * @throws IOException when the file cannot be read (missing, a directory, not UTF-8)
     */
    public static LoadResult load(Path file) throws IOException {
        return load(file.toString(), Files.readString(file, StandardCharsets.UTF_8), folderOf(file));
    }

    /**
     * Loads scenario text read from no file (a bundled scenario): its {@code site} may name a bundled site
     * only; {@code name} stands for the file in diagnostics.
     */
    public static LoadResult load(String name, String text) {
        return load(name, text, Optional.empty());
    }

    /** Loads the text of {@code file}, read already: a site file it names is found from the file's folder. */
    public static LoadResult load(Path file, String text) {
        return load(file.toString(), text, folderOf(file));
    }

    private static Optional<Path> folderOf(Path file) {
        return Optional.of(file.getParent() == null ? Path.of("") : file.getParent());
    }

    private static LoadResult load(String name, String text, Optional<Path> folder) {
        Diagnostics diagnostics = new Diagnostics(name);
        Optional<Node> root = compose(name, text, diagnostics);
        if (root.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.atFileStart("empty file: a scenario needs id, title, plants, duration and timeline");
        }
        Optional<Scenario> scenario = root.flatMap(r -> new ScenarioReader(diagnostics, folder).read(r));
        if (scenario.isPresent()) {
            return new LoadResult.Loaded(scenario.get());
        }
        return new LoadResult.Failed(diagnostics.sorted());
    }

    /** The document's node tree, or empty with the syntax error reported (or nothing, for an empty text). */
    static Optional<Node> compose(String name, String text, Diagnostics diagnostics) {
        // Duplicate keys are allowed here so that Mapping reports each one with its position.
        LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(true).build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            diagnostics.at(e.getProblemMark().or(e::getContextMark).orElse(null), syntax(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.atFileStart("YAML error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** snakeyaml's problem, with its context ("while scanning a quoted scalar") when it has one. */
    private static String syntax(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext();
        return "YAML syntax error: " + problem + (context == null || context.isBlank() ? "" : " (" + context + ")");
    }

}
