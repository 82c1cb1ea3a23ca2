package org.icsdrill.scenario.bundled;

import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.load.BundledFolder;
import org.icsdrill.scenario.load.SiteLoadResult;
import org.icsdrill.scenario.load.SiteLoader;

/** The site networks that ship inside the jar, by name (the file name without {@code .yaml}). */
public final class BundledSites {

    /** The site a run uses when neither the command line nor the scenario names one: the IEC 62443 reference site. */
    public static final String DEFAULT = "reference";

    private BundledSites() {
    }

    /** Names in a stable order, from the folder's index. */
    public static List<String> names() {
        return SiteLoader.BUNDLED.names();
    }

    public static Optional<String> text(String name) {
        return SiteLoader.BUNDLED.text(name);
    }

    /** Loads a bundled site; diagnostics name it as {@code bundled:<name>.yaml}. */
    public static Optional<SiteLoadResult> load(String name) {
        return text(name).map(text -> SiteLoader.load(BundledFolder.label(name), text));
    }
}
