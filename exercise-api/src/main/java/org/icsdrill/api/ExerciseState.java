package org.icsdrill.api;

import java.util.List;

/**
 * The exercise as every console shows it in its status bar: what is played, plant time, speed,
 * whether it is paused or over, and when the next scripted inject is due.
 *
 * @param scenarioId     empty when the plants run without a scenario
 * @param durationSeconds the scenario's length, 0 without one
 * @param speed          {@code 1}, {@code 10}, {@code max}
 * @param nextInjectAt   plant time of the next scripted inject, -1 when none is left
 * @param knownHosts     the addresses that belong on this network (SCADA, engineering workstation,
 *                       consoles); the network monitor highlights any other source
 * @param choosable      scenarios the instructor may still choose (before the drill starts, when the
 *                       simulator was started without one); empty otherwise
 */
public record ExerciseState(String scenarioId, String title, String briefing, List<String> plants,
                            double plantTime, double durationSeconds, String speed, boolean paused, boolean ended,
                            double nextInjectAt, List<String> knownHosts, List<String> choosable) {

    public ExerciseState {
        plants = List.copyOf(plants);
        knownHosts = List.copyOf(knownHosts);
        choosable = choosable == null ? List.of() : List.copyOf(choosable);
    }
}
