package org.icsdrill.ui.desk;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.common.Tables;
import org.icsdrill.ui.tabletop.InjectCardViewModel;

/**
 * The instructor desk: the exercise's state and commands on top, the ground truth beside the
 * trainees' actions in the middle with a line per attack and the attacked tags under it
 * ({@link DeskComparisonView}), the scenario's briefing and notes, the ad-hoc inject and the note on
 * the right, the server's answer at the bottom. Ending asks for a confirmation in place; after it
 * every command is disabled.
 */
public final class InstructorDeskView extends BorderPane {

    private final InstructorDeskViewModel model;
    private final Messages messages;

    public InstructorDeskView(InstructorDeskViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("desk");
        setPadding(new Insets(10));
        VBox top = new VBox(8, state(), commands());
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        SplitPane center = new SplitPane(new DeskComparisonView(model, messages), forms());
        center.setDividerPositions(0.76);
        setCenter(center);
        Label answer = new Label();
        answer.setId("desk-answer");
        answer.setWrapText(true);
        answer.textProperty().bind(model.answer().textProperty());
        model.answer().refusedProperty().addListener((o, a, refused) -> Styles.toggle(answer, Styles.ABNORMAL, refused));
        BorderPane.setMargin(answer, new Insets(6, 0, 0, 0));
        setBottom(answer);
    }

    private Node state() {
        Label scenario = shown("desk-scenario", model.scenarioProperty(), "value");
        Label hint = new Label(messages.get("desk.scenarioHint"));
        hint.getStyleClass().add("range");
        Label run = shown("desk-state", model.runProperty(), "status");
        // plant time standing still is the abnormal state of a drill; listened to directly, since a
        // binding made here (paused.or(ended)) would be held by nothing and collected
        Runnable stopped = () -> Styles.toggle(run, Styles.ABNORMAL,
                model.pausedProperty().get() || model.endedProperty().get());
        model.pausedProperty().addListener((o, a, b) -> stopped.run());
        model.endedProperty().addListener((o, a, b) -> stopped.run());
        stopped.run();
        FlowPane values = new FlowPane(10, 4, caption("desk.state"), run,
                caption("desk.plantTime"), shown("desk-plant-time", model.plantTimeProperty(), "value"),
                caption("desk.duration"), shown("desk-duration", model.durationProperty(), "value"),
                caption("desk.speed"), shown("desk-speed", model.speedProperty(), "value"),
                caption("desk.nextInject"), shown("desk-next-inject", model.nextInjectProperty(), "value"));
        values.setAlignment(Pos.CENTER_LEFT);
        // a kill chain's course, on a line of its own only when the scenario plays one
        Label chain = shown("desk-chain", model.chainProperty(), "value");
        HBox chainLine = new HBox(10, caption("desk.chain"), chain);
        chainLine.setAlignment(Pos.BASELINE_LEFT);
        chainLine.visibleProperty().bind(model.chainProperty().isNotEmpty());
        chainLine.managedProperty().bind(chainLine.visibleProperty());
        HBox title = new HBox(10, caption("desk.scenario"), scenario, hint);
        title.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(4, title, values, chainLine);
    }

    private Node commands() {
        Button resume = button("desk-resume", "desk.resume");
        resume.setOnAction(e -> model.resume());
        Button pause = button("desk-pause", "desk.pause");
        pause.setOnAction(e -> model.pause());
        ComboBox<String> speed = choice("desk-speed-choice", InstructorDeskViewModel.SPEEDS, model::speedLabel);
        speed.valueProperty().bindBidirectional(model.speedChoiceProperty());
        Button setSpeed = button("desk-set-speed", "desk.setSpeed");
        setSpeed.setOnAction(e -> model.applySpeed());
        Button next = button("desk-next-inject-now", "desk.nextInjectNow");
        next.setOnAction(e -> model.nextInjectNow());

        Button end = button("desk-end", "desk.end");
        Label really = new Label(messages.get("desk.endConfirm"));
        Button yes = button("desk-end-yes", "desk.endYes");
        Button no = button("desk-end-no", "desk.endNo");
        HBox confirm = new HBox(6, really, yes, no);
        confirm.setId("desk-end-confirm");
        confirm.setAlignment(Pos.CENTER_LEFT);
        Styles.toggle(really, Styles.ABNORMAL, true);
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.setVisible(false);
        end.setOnAction(e -> confirm.setVisible(true));
        no.setOnAction(e -> confirm.setVisible(false));
        yes.setOnAction(e -> {
            confirm.setVisible(false);
            model.end();
        });
        // after End nothing is left to run: every command stays disabled, so none is sent in vain
        for (Node command : List.of(resume, pause, speed, setSpeed, next, end)) {
            command.disableProperty().bind(model.endedProperty());
        }

        ComboBox<String> scenarios = new ComboBox<>(model.choosable());
        scenarios.setId("desk-scenario-choice");
        scenarios.valueProperty().bindBidirectional(model.scenarioChoiceProperty());
        Button load = button("desk-load-scenario", "desk.loadScenario");
        load.setOnAction(e -> model.loadScenario());
        load.disableProperty().bind(model.endedProperty());
        HBox choose = new HBox(6, new Label(messages.get("desk.chooseScenario")), scenarios, load);
        choose.setAlignment(Pos.CENTER_LEFT);
        // offered only before the drill starts on a simulator started without a scenario
        choose.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.choosable()));
        choose.managedProperty().bind(choose.visibleProperty());

        FlowPane row = new FlowPane(8, 6, choose, resume, pause, new Label(messages.get("desk.speed")), speed, setSpeed,
                next, end, confirm);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node forms() {
        ComboBox<String> audience = choice("desk-audience", InstructorDeskViewModel.AUDIENCES,
                a -> InjectCardViewModel.audienceName(messages, a));
        audience.valueProperty().bindBidirectional(model.audienceProperty());
        TextArea text = area("desk-inject-text", 2);
        text.textProperty().bindBidirectional(model.injectTextProperty());
        TextArea questions = area("desk-inject-questions", 2);
        questions.textProperty().bindBidirectional(model.injectQuestionsProperty());
        Button handOut = button("desk-hand-out", "desk.handOut");
        handOut.setOnAction(e -> model.handOutInject());
        handOut.disableProperty().bind(model.endedProperty());

        TextArea note = area("desk-note-text", 2);
        note.textProperty().bindBidirectional(model.noteProperty());
        Button keep = button("desk-keep-note", "desk.keepNote");
        keep.setOnAction(e -> model.keepNote());
        keep.disableProperty().bind(model.endedProperty());

        // each button on its form's heading line, so that both forms fit a 720-pixel window unscrolled
        VBox box = new VBox(4, new DeskScenarioPane(model, messages), heading(title("desk.adHoc"), handOut),
                new HBox(6, caption("desk.audience"), audience),
                caption("desk.injectText"), text, caption("desk.questions"), questions,
                heading(title("desk.note"), keep), note);
        box.getStyleClass().add("faceplate");
        box.setPadding(new Insets(10));
        // a low window scrolls the forms rather than squeezing them
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(270);
        return scroll;
    }

    private ComboBox<String> choice(String id, List<String> values,
                                    Function<String, String> label) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return box;
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        return button;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("tag-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Label title(String key) {
        return DeskComparisonView.title(messages, key);
    }

    private static Label shown(String id, ObservableValue<String> text, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE); // values are never cut short
        return label;
    }

    /** A form's title on the left, its button on the right. */
    private static HBox heading(Node title, Button button) {
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox line = new HBox(6, title, space, button);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }
}
