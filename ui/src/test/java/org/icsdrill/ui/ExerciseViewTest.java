package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.ui.alarms.AlarmListView;
import org.icsdrill.ui.alarms.AlarmRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exercise screens driven as a trainee does: log in, F8 and F9 on an alarm, declare an incident. */
class ExerciseViewTest extends LiveConsoleTest {

    @BeforeAll
    static void connect() throws Exception {
        open("chemical");
    }

    @Start
    void start(Stage stage) {
        showConsole(stage);
    }

    private void logIn(FxRobot robot) throws Exception {
        if (console.exercise().session().loggedInProperty().get()) {
            return;
        }
        // typing key by key is slow on a busy machine; the fields are filled, the button is clicked
        robot.interact(() -> {
            robot.lookup("#login-user").queryAs(TextField.class).setText(simulator.operator().username());
            robot.lookup("#login-password").queryAs(TextField.class).setText(simulator.operator().password());
        });
        robot.clickOn("#login");
        Label status = robot.lookup("#login-status").queryAs(Label.class);
        await("logged in", () -> fx(status::getText).startsWith("Logged in as"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void f9AcknowledgesTheAlarmOnTop(FxRobot robot) throws Exception {
        logIn(robot);
        var plant = simulator.simulation.plant("chemical");
        int tt101 = plant.catalog().require("R1.TT101");
        Removable hot = plant.viewLayer().install((view, plc, t) -> view[tt101] = 365);
        try {
            simulator.simulation.step();
            robot.type(KeyCode.F8);
            TableView<AlarmRow> table = robot.lookup("#" + AlarmListView.ID).queryAs(TableView.class);
            await("the alarm listed", () -> fx(() -> table.getItems().stream()
                    .anyMatch(r -> r.tagId().equals("chemical.R1.TT101") && r.needsAcknowledge())));
            assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                    .isEqualTo("tab-alarms");

            robot.type(KeyCode.F9);
            await("acknowledged on the server", () -> simulator.exercise.timeline().stream()
                    .anyMatch(e -> e.kind() == TimelineEntry.Kind.ALARM_ACKNOWLEDGED));
            simulator.simulation.step();
            await("shown acknowledged", () -> fx(() -> table.getItems().stream()
                    .anyMatch(r -> r.tagId().equals("chemical.R1.TT101") && !r.needsAcknowledge())));
        } finally {
            hot.remove();
        }
    }

    @Test
    void declaringAnIncidentRecordsIt(FxRobot robot) throws Exception {
        logIn(robot);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> ConsoleView.select(tabs, "tab-response"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> console.exercise().response().techniqueProperty().set(console.exercise().response()
                .techniques().stream().filter(t -> t.id().equals("T0855")).findFirst().orElseThrow()));
        robot.interact(() -> {
            robot.lookup("#declare-assets").queryAs(TextField.class).setText("R1 feed pump");
            robot.lookup("#declare-text").queryAs(TextArea.class).setText("the pump stopped without a command from us");
        });
        robot.clickOn("#declare");

        Label outcome = robot.lookup("#response-outcome").queryAs(Label.class);
        await("declared", () -> fx(outcome::getText).startsWith("Done"));
        assertThat(simulator.exercise.timeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.DECLARATION);
            assertThat(e.what()).isEqualTo("T0855");
            assertThat(e.detail()).contains("R1 feed pump");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void isolatingTheAttackerFromTheResponseScreenStopsItsWrites(FxRobot robot) throws Exception {
        logIn(robot);
        assertThat(RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 357.0).isGood()).isTrue();
        simulator.simulation.step();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> ConsoleView.select(tabs, "tab-response"));
        robot.interact(() -> {
            robot.lookup("#respond-action").queryAs(ComboBox.class).getSelectionModel()
                    .select(ResponseAction.ISOLATE_HOST);
            robot.lookup("#respond-target").queryAs(TextField.class).setText(RogueHost.ADDRESS);
        });
        robot.clickOn("#respond");

        Label outcome = robot.lookup("#response-outcome").queryAs(Label.class);
        await("isolated", () -> fx(outcome::getText).startsWith("Done"));
        boolean refused;
        try {
            refused = !RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 362.0).isGood();
        } catch (Exception e) {
            refused = true; // its connection is cut before a session opens
        }
        simulator.simulation.step();
        assertThat(refused).isTrue();
        assertThat(simulator.value("chemical", "R1.TIC101.SP")).isEqualTo(357.0);
    }
}
