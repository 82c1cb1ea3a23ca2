package org.icsdrill.scenario.exercise;

import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.ResponseAction;

/**
 * Where what people do in a drill is kept: the exercise record implements it. An interface here so
 * that the exercise bridge does not depend on the record's module (the record listens to the engine,
 * not the other way round).
 */
public interface TraineeLog {

    /**
     * A trainee declares an incident on a plant, a site's host or both (the other empty), {@code attackId}
     * empty when declared from a console.
     */
    void declare(double plantTimeSeconds, String trainee, String plant, String host, String attackId, String technique,
                 String text);

    /** A declaration on a plant, naming no host. */
    default void declare(double plantTimeSeconds, String trainee, String plant, String attackId, String technique,
                         String text) {
        declare(plantTimeSeconds, trainee, plant, "", attackId, technique, text);
    }

    void action(double plantTimeSeconds, String trainee, ResponseAction action, String target, String detail);

    void injectAnswer(double plantTimeSeconds, String trainee, String injectId, int questionIndex, String question,
                      String answer);

    /** An instructor's note (also a trainee's, kept with its author). */
    void note(double plantTimeSeconds, String author, String text);

    /** The trainees approved their incident report for sharing; {@code language} is that of its words. */
    default void incidentReport(double plantTimeSeconds, String trainee, IncidentReport report, String language) {
    }
}
