package org.icsdrill.ui.response;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.Technique;
import org.icsdrill.ui.common.Converters;
import org.icsdrill.ui.common.Messages;

/** The incident response screen: the declaration form, the response actions and the log of both. */
public final class ResponseView extends HBox {

    public ResponseView(ResponseViewModel model, Messages messages) {
        super(12);
        setPadding(new Insets(10));

        ComboBox<String> declarationPlant = new ComboBox<>(model.declarationPlants());
        declarationPlant.setId("declare-plant");
        declarationPlant.setConverter(noneWhenEmpty(messages));
        declarationPlant.valueProperty().bindBidirectional(model.declarationPlantProperty());
        ComboBox<String> declarationHost = new ComboBox<>(model.declarationHosts());
        declarationHost.setId("declare-host");
        declarationHost.setConverter(noneWhenEmpty(messages));
        declarationHost.valueProperty().bindBidirectional(model.declarationHostProperty());
        ComboBox<Technique> technique = new ComboBox<>(model.techniques());
        technique.setId("declare-technique");
        technique.setPrefWidth(360);
        technique.valueProperty().bindBidirectional(model.techniqueProperty());
        TextField assets = new TextField();
        assets.setId("declare-assets");
        assets.textProperty().bindBidirectional(model.assetsProperty());
        TextArea text = new TextArea();
        text.setId("declare-text");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        Button declare = new Button(messages.get("response.declare"));
        declare.setId("declare");
        declare.setOnAction(e -> model.declare());
        GridPane declaration = form(messages.get("response.declaration"),
                messages.get("response.plant"), declarationPlant,
                messages.get("response.host"), declarationHost,
                messages.get("response.technique"), technique,
                messages.get("response.assets"), assets,
                messages.get("response.text"), text);
        declaration.add(declare, 1, 6);

        ComboBox<ResponseAction> action = new ComboBox<>(model.actions());
        action.setId("respond-action");
        action.setConverter(Converters.showing(value -> messages.get("response.action." + value.name())));
        action.valueProperty().bindBidirectional(model.actionProperty());
        ComboBox<String> actionPlant = new ComboBox<>(model.plants());
        actionPlant.setId("respond-plant");
        actionPlant.valueProperty().bindBidirectional(model.actionPlantProperty());
        actionPlant.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !ResponseViewModel.needsPlant(model.actionProperty().get()), model.actionProperty()));
        TextField target = new TextField();
        target.setId("respond-target");
        target.textProperty().bindBidirectional(model.targetProperty());
        target.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.targetHint(model.actionProperty().get()), model.actionProperty()));
        ComboBox<String> choices = new ComboBox<>(model.targets());
        choices.setId("respond-choice");
        choices.setPromptText(messages.get("response.choose"));
        choices.setPrefWidth(190); // its list's widths, not the prompt's, would size it: the prompt reads whole
        choices.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.targets()));
        // a choice made for one action means nothing for the next
        model.targets().addListener((javafx.collections.ListChangeListener<String>) c -> choices.setValue(null));
        choices.setOnAction(e -> {
            if (choices.getValue() != null) {
                model.targetProperty().set(choices.getValue());
            }
        });
        HBox.setHgrow(target, javafx.scene.layout.Priority.ALWAYS);
        Button respond = new Button(messages.get("response.respond"));
        respond.setId("respond");
        respond.setOnAction(e -> model.respond());
        GridPane actions = form(messages.get("response.actions"),
                messages.get("response.action"), action,
                messages.get("response.plant"), actionPlant,
                messages.get("response.target"), new HBox(6, target, choices));
        actions.add(respond, 1, 4);

        Label outcome = new Label();
        outcome.setId("response-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.outcomeProperty());
        VBox left = new VBox(14, declaration, actions, outcome);
        left.setPrefWidth(560);

        ListView<String> log = new ListView<>(model.log());
        log.setId("response-log");
        VBox right = new VBox(6, title(messages.get("response.log")), log);
        getChildren().addAll(left, right);
        HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
    }

    /** Shows the empty choice of a declaration's plant or host as "none". */
    private static javafx.util.StringConverter<String> noneWhenEmpty(Messages messages) {
        return Converters.showing(value -> value.isEmpty() ? messages.get("response.none") : value);
    }

    /** A titled two-column form: label, field, label, field... */
    private static GridPane form(String title, Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getStyleClass().add("faceplate");
        grid.setPadding(new Insets(8));
        grid.add(title(title), 0, 0, 2, 1);
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels are never cut short
        grid.getColumnConstraints().add(labels);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.add(new Label((String) labelsAndFields[i]), 0, 1 + i / 2);
            grid.add((javafx.scene.Node) labelsAndFields[i + 1], 1, 1 + i / 2);
        }
        return grid;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tile-title");
        return label;
    }
}
