package org.icsdrill.core.exercise;

import java.util.List;

/**
 * The scenarios an instructor may choose from the desk when the simulator was started without one:
 * those whose plants all run. Choosing attaches the scenario at plant time 0, before the drill starts.
 */
public interface ScenarioCatalog {

    /** Scenario ids that fit the running plants. */
    List<String> available();

    /** Attaches the scenario; throws IllegalArgumentException with the reason when it cannot. */
    void start(String scenarioId);
}
