package org.icsdrill.ui.exercise;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.ui.common.Messages;

/**
 * The scenario's briefing for the trainees, in the console's language when the scenario gives it in
 * that language: what every client may read of the scenario. Empty without a scenario.
 */
public final class BriefingViewModel implements ExerciseSubscriber {

    private final String language;
    private final SimpleStringProperty text = new SimpleStringProperty("");

    public BriefingViewModel(Messages messages) {
        this.language = messages.locale().getLanguage();
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.state().map(this::briefing).filter(b -> !b.equals(text.get())).ifPresent(text::set);
    }

    private String briefing(ExerciseState state) {
        return state.briefingIn(language).strip();
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }
}
