package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.overview.OverviewView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smoke tests of the console's views, headless under Monocle, against a live simulator. */
class ConsoleViewTest extends LiveConsoleTest {

    @BeforeAll
    static void connect() throws Exception {
        open("chemical");
    }

    @Start
    void start(Stage stage) {
        showConsole(stage);
    }

    @Test
    void overviewShowsAValueThatChangesAfterStepping(FxRobot robot) throws Exception {
        Label tt101 = robot.lookup("#" + OverviewView.nodeId("value", "chemical.R1.TT101")).queryAs(Label.class);
        await("a first value", () -> !fx(tt101::getText).equals("…"));
        String before = fx(tt101::getText);

        simulator.simulation.advance(Duration.ofSeconds(3));
        String expected = String.format(Locale.ROOT, "%.1f", simulator.value("chemical", "R1.TT101"));

        await("TT101 = " + expected + " (was " + before + ")", () -> fx(tt101::getText).equals(expected));
        assertThat(robot.lookup("#status-chemical").queryAs(Label.class).getText()).isEqualTo("RUNNING");
    }

    /** One login per station: before the session bar's login a write is refused, after it the faceplate writes as that user. */
    @Test
    void theFaceplateWritesWithTheStationsLogin(FxRobot robot) throws Exception {
        openFaceplate(robot, "R1.FIC101.SP");
        double before = simulator.value("chemical", "R1.FIC101.SP");
        assertThat(robot.lookup("#faceplate-login").queryAs(Label.class).getText()).startsWith("Not logged in");
        assertThat(robot.lookup("#faceplate-user").tryQuery()).as("no login of its own").isEmpty();
        robot.clickOn("#faceplate-value").write("90");
        robot.clickOn("#faceplate-write");

        Label result = robot.lookup("#faceplate-result").queryAs(Label.class);
        await("refused", () -> fx(result::getText).equals("Refused by the server: this user may not do that (Bad_UserAccessDenied)"));
        assertThat(result.getStyleClass()).contains("abnormal");
        simulator.simulation.step();
        assertThat(simulator.value("chemical", "R1.FIC101.SP")).isEqualTo(before);

        logIn(robot, simulator.operator().username(), simulator.operator().password());
        Label login = robot.lookup("#faceplate-login").queryAs(Label.class);
        await("the faceplate names the station's user", () -> fx(login::getText).contains("operator"));
        openFaceplate(robot, "R1.TIC101.SP");
        robot.clickOn("#faceplate-value").write("348");
        robot.clickOn("#faceplate-write");
        await("accepted", () -> fx(result::getText).startsWith("Accepted"));
        simulator.simulation.step();
        assertThat(simulator.value("chemical", "R1.TIC101.SP")).isEqualTo(348.0);
    }

    /** Logs in on the session bar, as a person does: user, password, Enter. */
    static void logIn(FxRobot robot, String user, String password) {
        robot.interact(() -> robot.lookup("#login-user").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#login-user").write(user);
        robot.clickOn("#login-password").write(password).type(javafx.scene.input.KeyCode.ENTER);
        Label status = robot.lookup("#login-status").queryAs(Label.class);
        try {
            await("logged in", () -> fx(status::getText).contains(user));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void openFaceplate(FxRobot robot, String tag) {
        TableView<LiveTagViewModel> table = robot.lookup("#tags-chemical").queryAs(TableView.class);
        selectTab(robot, "tab-tags-chemical");
        robot.interact(() -> table.getSelectionModel().select(console.tagTable("chemical").row(tag)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects a tab by its id (tab-overview, tab-mimic-chemical, tab-trend, tab-tags-chemical...). */
    static void selectTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> assertThat(ConsoleView.select(tabs, id)).as(id).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
