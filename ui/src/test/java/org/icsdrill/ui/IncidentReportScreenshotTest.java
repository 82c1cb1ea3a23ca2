package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Report tab as trainees use it (issue 16), rendered into {@code report.png}: the summary shows what the
 * shared bundle will hold from what they did, an empty report is refused, and the approved one reaches the
 * exercise's listeners (the record) with their choices and the console's language.
 */
class IncidentReportScreenshotTest extends LiveConsoleTest {

    record Approval(String user, IncidentReport report, String language) {
    }

    static final List<Approval> APPROVALS = new CopyOnWriteArrayList<>();
    Scene scene;

    @BeforeAll
    static void connect() throws Exception {
        open(Messages.load(ScreenshotTest.language()), "chemical");
        simulator.exercise.addListener(new ExerciseListener() {
            @Override
            public void onIncidentReport(double plantTime, Actor actor, IncidentReport report, String language) {
                APPROVALS.add(new Approval(actor.user(), report, language));
            }
        });
    }

    @Start
    void start(Stage stage) {
        scene = showConsole(stage, 720);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTraineesSeeWhatTheBundleWillHoldAndApproveIt(FxRobot robot) throws Exception {
        Messages messages = console.messages();
        Consoles.login(console.exercise().session(), Platform::runLater, simulator.operator());
        simulator.exercise.respond(new Actor("aiko", "127.0.0.30"), ResponseAction.ISOLATE_HOST, "", "127.0.0.66");

        robot.interact(() -> ConsoleView.select(robot.lookup(".tab-pane").queryAs(TabPane.class), "tab-report"));
        ListView<String> summary = robot.lookup("#report-summary").queryAs(ListView.class);
        await("the response in the summary", () -> fx(() -> summary.getItems())
                .contains(messages.get("report.summary.indicators", "127.0.0.66")));
        assertThat(fx(() -> summary.getItems())).contains(messages.get("report.summary.actions", 1),
                messages.get("report.summary.techniques", messages.get("report.none")));

        Button approve = robot.lookup("#report-approve").queryAs(Button.class);
        robot.interact(approve::fire); // nothing written yet
        Label outcome = robot.lookup("#report-outcome").queryAs(Label.class);
        String refused = messages.get("response.refused", "");
        await("refused", () -> fx(outcome::getText).startsWith(refused));
        assertThat(APPROVALS).isEmpty();

        String what = messages.locale().getLanguage().equals("ja") ? "127.0.0.66 から反応器の供給流量の設定値が書き換えられた"
                : "The reactor's feed set point was written from 127.0.0.66";
        robot.interact(() -> {
            robot.lookup("#report-what").queryAs(TextArea.class).setText(what);
            robot.lookup("#report-impact").queryAs(TextArea.class).setText("-");
            ((ComboBox<Tlp>) robot.lookup("#report-tlp").queryAs(ComboBox.class)).setValue(Tlp.GREEN);
            ((ComboBox<IncidentReport.Determination>) robot.lookup("#report-determination").queryAs(ComboBox.class))
                    .setValue(IncidentReport.Determination.SUCCESSFUL_ATTEMPT);
            ((ComboBox<Integer>) robot.lookup("#report-availability").queryAs(ComboBox.class)).setValue(25);
        });
        assertThat(fx(() -> summary.getItems().get(0))).isEqualTo(
                messages.get("report.summary.marking", "TLP:GREEN",
                        messages.get("report.determination.successful-attempt") + " (successful-attempt)"));
        robot.interact(approve::fire);
        String done = messages.get("response.done", "");
        await("approved", () -> fx(outcome::getText).startsWith(done));
        assertThat(fx(outcome::getText)).contains("TLP:GREEN");
        assertThat(APPROVALS).singleElement().satisfies(a -> {
            assertThat(a.user()).isEqualTo(simulator.operator().username());
            assertThat(a.language()).isEqualTo(messages.locale().getLanguage());
            assertThat(a.report()).isEqualTo(new IncidentReport(what, "-",
                    IncidentReport.Determination.SUCCESSFUL_ATTEMPT, Tlp.GREEN, IncidentReport.PhysicalImpact.NONE,
                    25));
        });

        BufferedImage png = ScreenshotTest.snapshot(scene, "report.png");
        assertThat(png.getWidth()).isEqualTo(1280);
        Drawn.showing(png, summary, "what the bundle will hold");
        Drawn.showing(png, outcome, "the approval");
    }
}
