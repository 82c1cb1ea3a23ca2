package org.icsdrill.ui.exercise;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.ui.common.Messages;

/**
 * The exercise line of the status bar: a drill or free play, plant time, speed, paused or over. The
 * scenario's title is not there: it would tell the trainees what to look for, and the server does
 * not send it to them anyway.
 */
public final class ExerciseStatusViewModel implements ExerciseSubscriber {

    private final Messages messages;
    private final SimpleStringProperty text = new SimpleStringProperty("");
    private final SimpleBooleanProperty halted = new SimpleBooleanProperty();

    public ExerciseStatusViewModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.state().ifPresent(this::show);
    }

    private void show(ExerciseState now) {
        String scenario = messages.get(now.scenarioPlayed() ? "exercise.drill" : "exercise.noScenario");
        String run = now.ended() ? messages.get("exercise.ended")
                : now.paused() ? messages.get("exercise.paused") : messages.get("exercise.running", now.speed());
        text.set(messages.get("exercise.status", scenario, DurationText.clock(now.plantTime()), run));
        halted.set(now.ended() || now.paused());
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Paused or ended: plant time stands still, shown as abnormal so nobody thinks the plant is live. */
    public ReadOnlyBooleanProperty haltedProperty() {
        return halted;
    }
}
