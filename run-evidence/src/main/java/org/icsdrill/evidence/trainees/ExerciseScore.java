package org.icsdrill.evidence.trainees;

import java.util.List;

/**
 * The trainees' score for one exercise record.
 *
 * @param scenarioId  the scenario played
 * @param team        everyone together
 * @param trainees    each trainee, by name
 * @param notRun      attacks the expectations name that never started (a condition not met, a run cut short)
 */
public record ExerciseScore(String scenarioId, String scenarioTitle, TraineeScore team, List<TraineeScore> trainees,
                            Outcome outcome, List<String> notRun) {

    public ExerciseScore {
        trainees = List.copyOf(trainees);
        notRun = List.copyOf(notRun);
    }
}
