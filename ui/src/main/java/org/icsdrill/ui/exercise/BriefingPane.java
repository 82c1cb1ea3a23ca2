package org.icsdrill.ui.exercise;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import org.icsdrill.ui.common.Messages;

/** The briefing in a panel that folds away once read; absent while no scenario is played. */
public final class BriefingPane extends TitledPane {

    public BriefingPane(BriefingViewModel model, Messages messages) {
        setId("briefing");
        setText(messages.get("briefing.title"));
        Label text = new Label();
        text.setId("briefing-text");
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        text.setPadding(new Insets(6, 10, 6, 10));
        text.setMaxWidth(Double.MAX_VALUE);
        setContent(text);
        visibleProperty().bind(model.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
