package org.icsdrill.core.exercise;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the exercise needs of a running scenario: its name and briefing, and its injects to hand out
 * now. Implemented by the scenario engine's side; the methods that fire run between ticks
 * ({@link org.icsdrill.core.sim.Simulation#executeNow}).
 */
public interface ScenarioDesk {

    String scenarioId();

    String title();

    String briefing();

    double durationSeconds();

    /** Plant time of the next scripted inject, if one is left. */
    OptionalDouble nextInjectAt();

    /** Fires the next scripted inject now instead of at its time; false when none is left. */
    boolean fireNextInject(double plantTime);

    /** Hands out an inject the instructor wrote during the exercise. */
    void fireAdHocInject(double plantTime, String audience, String text, List<String> questions);
}
