package org.icsdrill.ui.exercise;

/** A screen fed from the exercise variables; called on the UI thread with each batch. */
@FunctionalInterface
public interface ExerciseSubscriber {

    void apply(ExerciseUpdate update);
}
