package org.icsdrill.evidence.trainees;

import java.util.List;
import java.util.Optional;

/**
 * The trainees' score for one exercise record.
 *
 * @param scenarioId  the scenario played
 * @param team        everyone together
 * @param trainees    each trainee, by name
 * @param notRun      attacks the expectations name that never started (a condition not met, a run cut short)
 * @param chain       the kill chain's course, when the scenario played one
 */
public record ExerciseScore(String scenarioId, String scenarioTitle, TraineeScore team, List<TraineeScore> trainees,
                            Outcome outcome, List<String> notRun, Optional<ChainOutcome> chain) {

    public ExerciseScore {
        trainees = List.copyOf(trainees);
        notRun = List.copyOf(notRun);
    }

    /** The same score with the kill chain's course. */
    ExerciseScore withChain(Optional<ChainOutcome> course) {
        return new ExerciseScore(scenarioId, scenarioTitle, team, trainees, outcome, notRun, course);
    }
}
