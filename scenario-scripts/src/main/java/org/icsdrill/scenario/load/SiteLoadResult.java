package org.icsdrill.scenario.load;

import java.util.List;
import java.util.Objects;
import org.icsdrill.scenario.site.Site;

/** A checked site, or every problem found in its file (never both, never an empty list). */
public sealed interface SiteLoadResult {

    record Loaded(Site site) implements SiteLoadResult {
        public Loaded {
            Objects.requireNonNull(site, "site");
        }
    }

    record Failed(List<Diagnostic> diagnostics) implements SiteLoadResult {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
            if (diagnostics.isEmpty()) {
                throw new IllegalArgumentException("a failed load has at least one diagnostic");
            }
        }
    }

    default boolean isOk() {
        return this instanceof Loaded;
    }

    /** The site; throws with every diagnostic when the file had errors. */
    default Site site() {
        if (this instanceof Loaded loaded) {
            return loaded.site();
        }
        throw new IllegalStateException("site has errors:\n" + String.join("\n",
                diagnostics().stream().map(Diagnostic::toString).toList()));
    }

    default List<Diagnostic> diagnostics() {
        return this instanceof Failed failed ? failed.diagnostics() : List.of();
    }
}
