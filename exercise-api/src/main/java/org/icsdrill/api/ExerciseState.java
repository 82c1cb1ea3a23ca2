package org.icsdrill.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The exercise as every console may see it (role-free, {@code Exercise.State}): the trainees'
 * briefing, plant time, speed, whether it is paused or over. Nothing that gives the script away: the
 * scenario's title, id, notes and next inject are in {@link DeskState}, for instructors only.
 *
 * @param briefing             what the trainees are told before the drill; empty without a scenario
 * @param briefingTranslations the briefing in other languages, by language ({@code ja}, {@code en})
 * @param durationSeconds      the scenario's length, 0 without one
 * @param speed                {@code 1}, {@code 10}, {@code max}
 * @param knownHosts           the addresses that belong on this network (SCADA, engineering workstation,
 *                             consoles); the network monitor highlights any other source
 * @param plantZero            the instant of plant time 0 (ISO-8601, UTC), empty from an older server:
 *                             the tags' source timestamps are this plus plant time, so a console can
 *                             show them as elapsed plant time like every other screen
 */
public record ExerciseState(String briefing, Map<String, String> briefingTranslations, List<String> plants,
                            double plantTime, double durationSeconds, String speed, boolean paused, boolean ended,
                            List<String> knownHosts, String plantZero) {

    public ExerciseState {
        briefing = Objects.requireNonNullElse(briefing, "");
        briefingTranslations = Map.copyOf(Objects.requireNonNullElse(briefingTranslations, Map.of()));
        plants = List.copyOf(plants);
        knownHosts = List.copyOf(knownHosts);
        plantZero = Objects.requireNonNullElse(plantZero, "");
    }

    /** The instant of plant time 0, if the server said it. */
    public Optional<Instant> plantZeroInstant() {
        return plantZero.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(plantZero));
    }

    /** The briefing in {@code language} when the scenario gives it, else as written. */
    public String briefingIn(String language) {
        String translated = briefingTranslations.get(language);
        return translated == null || translated.isBlank() ? briefing : translated;
    }

    /** Whether a scenario is played (every scenario has a length); the plants run on their own otherwise. */
    public boolean scenarioPlayed() {
        return durationSeconds > 0;
    }
}
