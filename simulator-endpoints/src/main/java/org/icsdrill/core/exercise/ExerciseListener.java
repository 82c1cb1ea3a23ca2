package org.icsdrill.core.exercise;

import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.InjectCard;
import org.icsdrill.api.ResponseAction;

/**
 * Told of what trainees and instructors do, so that the exercise record keeps it. Called on the
 * thread of the client's request: keep it short.
 */
public interface ExerciseListener {

    default void onDeclaration(double plantTime, Actor actor, Declaration declaration) {
    }

    default void onResponse(double plantTime, Actor actor, ResponseAction action, String plant, String target) {
    }

    default void onAnswer(double plantTime, Actor actor, InjectCard card, int questionIndex, String answer) {
    }

    default void onNote(double plantTime, Actor actor, String text) {
    }

    /** The trainees approved the incident report to share; {@code language} is the one its words are in. */
    default void onIncidentReport(double plantTime, Actor actor, IncidentReport report, String language) {
    }
}
