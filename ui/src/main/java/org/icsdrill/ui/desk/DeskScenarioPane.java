package org.icsdrill.ui.desk;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.common.Messages;

/**
 * The scenario's words on the desk: the briefing the trainees read and the notes only the instructor
 * reads, in the console's language where the scenario gives them. Folds away; scrolls when long.
 */
final class DeskScenarioPane extends TitledPane {

    DeskScenarioPane(InstructorDeskViewModel model, Messages messages) {
        setId("desk-scenario-text");
        setText(messages.get("desk.scenarioText"));
        VBox texts = new VBox(4, caption(messages, "desk.briefing"), text("desk-briefing", model.briefingProperty()),
                caption(messages, "desk.notes"), text("desk-notes", model.notesProperty()));
        ScrollPane scroll = new ScrollPane(texts);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(78);
        setContent(scroll);
        visibleProperty().bind(model.briefingProperty().isNotEmpty().or(model.notesProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }

    private static Label caption(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("tag-name");
        return label;
    }

    private static Label text(String id, ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }
}
