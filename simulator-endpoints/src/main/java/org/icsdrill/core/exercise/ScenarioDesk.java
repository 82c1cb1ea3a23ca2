package org.icsdrill.core.exercise;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.icsdrill.api.ChainProgress;
import org.icsdrill.api.ExpectedDetection;
import org.icsdrill.api.ExpectedResponse;
import org.icsdrill.api.ScenarioText;

/**
 * What the exercise needs of a running scenario: its name, briefing and notes, its injects to hand
 * out now, and what the instructor watches (expectations, attacked tags). Implemented by the scenario
 * engine's side; the methods that fire run between ticks
 * ({@link org.icsdrill.core.sim.Simulation#executeNow}). Only the briefing reaches every client; the
 * rest is for the instructor ({@link Exercise#deskState()}).
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

    default String instructorNotes() {
        return "";
    }

    /** The title, briefing and notes in other languages, by language ({@code ja}). */
    default Map<String, ScenarioText> translations() {
        return Map.of();
    }

    /** How far the scenario's kill chain has got; none by default. */
    default ChainProgress chainProgress() {
        return ChainProgress.NONE;
    }

    /** The briefing in each language the scenario translates it into (the blank ones left out). */
    default Map<String, String> briefings() {
        Map<String, String> briefings = new java.util.HashMap<>();
        translations().forEach((language, text) -> {
            if (!text.briefing().isBlank()) {
                briefings.put(language, text.briefing());
            }
        });
        return briefings;
    }

    /** The scenario's detection expectations, for the desk to apply the report's rule. */
    default List<ExpectedDetection> expectedDetections() {
        return List.of();
    }

    /** The scenario's response expectations, for the desk to apply the report's rule ({@code ResponseRule}). */
    default List<ExpectedResponse> expectedResponses() {
        return List.of();
    }

    /** The attacks running now, with the plants they touch and the tags they target. Read on the simulation thread. */
    default List<RunningAttack> runningAttacks() {
        return List.of();
    }

    /**
     * A running attack as the desk watches it.
     *
     * @param plants  the plants it touches (every plant for a network-wide attack)
     * @param targets the tags it names, plant-qualified ({@code gas.K101.ST101})
     */
    record RunningAttack(String id, List<String> plants, List<String> targets) {
        public RunningAttack {
            plants = List.copyOf(plants);
            targets = List.copyOf(targets);
        }
    }
}
