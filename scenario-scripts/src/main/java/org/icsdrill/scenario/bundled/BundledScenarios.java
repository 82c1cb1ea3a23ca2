package org.icsdrill.scenario.bundled;

import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.load.BundledFolder;
import org.icsdrill.scenario.load.LoadResult;
import org.icsdrill.scenario.load.ScenarioLoader;

/** The scenarios that ship inside the jar, by name (the file name without {@code .yaml}). */
public final class BundledScenarios {

    private static final BundledFolder FOLDER = new BundledFolder("/org/icsdrill/scenario/bundled/", "scenario");

    private BundledScenarios() {
    }

    /** Names in a stable order, from the folder's index. */
    public static List<String> names() {
        return FOLDER.names();
    }

    public static Optional<String> text(String name) {
        return FOLDER.text(name);
    }

    /** Loads a bundled scenario; diagnostics name it as {@code bundled:<name>.yaml}. */
    public static Optional<LoadResult> load(String name) {
        return text(name).map(text -> ScenarioLoader.load(BundledFolder.label(name), text));
    }
}
