package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.Tlp;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.ExerciseListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The incident report screen as trainees use it (issue 16): the summary shows what the shared bundle will
 * hold from what they did, an empty report is refused, and the approved one reaches the exercise's listeners
 * (the record) with their choices and the console's language.
 */
class IncidentReportViewTest extends LiveConsoleTest {

    record Approval(String user, IncidentReport report, String language) {
    }

    static final List<Approval> APPROVALS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() throws Exception {
        open("chemical");
        simulator.exercise.addListener(new ExerciseListener() {
            @Override
            public void onIncidentReport(double plantTime, Actor actor, IncidentReport report, String language) {
                APPROVALS.add(new Approval(actor.user(), report, language));
            }
        });
    }

    @Start
    void start(Stage stage) {
        showConsole(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTraineesSeeWhatTheBundleWillHoldAndApproveIt(FxRobot robot) throws Exception {
        Consoles.login(console.exercise().session(), javafx.application.Platform::runLater, simulator.operator());
        simulator.exercise.respond(new Actor("aiko", "127.0.0.30"), ResponseAction.ISOLATE_HOST, "", "127.0.0.66");

        robot.interact(() -> ConsoleView.select(robot.lookup(".tab-pane").queryAs(TabPane.class), "tab-report"));
        ListView<String> summary = robot.lookup("#report-summary").queryAs(ListView.class);
        await("the response in the summary", () -> fx(() -> String.join("\n", summary.getItems()))
                .contains("Indicators (addresses you named or isolated): 127.0.0.66"));
        assertThat(fx(() -> summary.getItems())).contains("Courses of action (your responses): 1",
                "Attack patterns (techniques declared): none");

        javafx.scene.control.Button approve = robot.lookup("#report-approve").queryAs(javafx.scene.control.Button.class);
        robot.interact(approve::fire); // nothing written yet
        Label outcome = robot.lookup("#report-outcome").queryAs(Label.class);
        await("refused", () -> fx(outcome::getText).startsWith("Refused"));
        assertThat(APPROVALS).isEmpty();

        robot.interact(() -> {
            robot.lookup("#report-what").queryAs(TextArea.class).setText("Feed set point written from 127.0.0.66");
            robot.lookup("#report-impact").queryAs(TextArea.class).setText("Less cooling margin");
            ((ComboBox<Tlp>) robot.lookup("#report-tlp").queryAs(ComboBox.class)).setValue(Tlp.GREEN);
            ((ComboBox<IncidentReport.Determination>) robot.lookup("#report-determination").queryAs(ComboBox.class))
                    .setValue(IncidentReport.Determination.SUCCESSFUL_ATTEMPT);
            ((ComboBox<Integer>) robot.lookup("#report-availability").queryAs(ComboBox.class)).setValue(25);
        });
        assertThat(fx(() -> summary.getItems().get(0))).isEqualTo(
                "Marking TLP:GREEN; incident determined as successful-attempt");
        robot.interact(approve::fire);
        await("approved", () -> fx(outcome::getText).startsWith("Done"));
        assertThat(fx(outcome::getText)).contains("TLP:GREEN");
        assertThat(APPROVALS).singleElement().satisfies(a -> {
            assertThat(a.user()).isEqualTo(simulator.operator().username());
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.report()).isEqualTo(new IncidentReport("Feed set point written from 127.0.0.66",
                    "Less cooling margin", IncidentReport.Determination.SUCCESSFUL_ATTEMPT, Tlp.GREEN,
                    IncidentReport.PhysicalImpact.NONE, 25));
        });
    }
}
