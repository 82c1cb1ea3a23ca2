package org.icsdrill.scenario.load;

import java.util.List;
import java.util.Objects;
import org.icsdrill.scenario.model.Scenario;

/** A checked scenario, or every problem found in the file (never both, never an empty list). */
public sealed interface LoadResult {

    record Loaded(Scenario scenario) implements LoadResult {
        public Loaded {
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    record Failed(List<Diagnostic> diagnostics) implements LoadResult {
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

    /** The scenario; throws with every diagnostic when the file had errors. */
    default Scenario scenario() {
        if (this instanceof Loaded loaded) {
            return loaded.scenario();
        }
        throw new IllegalStateException("scenario has errors:\n" + String.join("\n",
                diagnostics().stream().map(Diagnostic::toString).toList()));
    }

    default List<Diagnostic> diagnostics() {
        return this instanceof Failed failed ? failed.diagnostics() : List.of();
    }
}
