package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.opcua.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The instructor desk and the tabletop through their buttons, headless under Monocle, against a live simulator. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrillViewTest extends LiveConsoleTest {

    @BeforeAll
    static void connect() throws Exception {
        open(DrillConsole.ENGLISH, "chemical");
    }

    @Start
    void start(Stage stage) {
        showConsole(stage);
    }

    @Test
    @Order(1)
    void theInstructorTabAppearsAtLoginAndItsButtonsPauseAndResume(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(fx(() -> tabs.getTabs().stream().map(Tab::getId).toList()))
                .contains("tab-tabletop").doesNotContain("tab-instructor");

        loginInstructor();
        await("the instructor tab", () -> fx(() -> tabs.getTabs().stream().anyMatch(t -> "tab-instructor".equals(t.getId()))));
        select(robot, tabs, "tab-instructor");

        robot.clickOn("#desk-pause");
        await("paused", simulator.driver::isPaused);
        Label state = robot.lookup("#desk-state").queryAs(Label.class);
        await("the desk shows PAUSED", () -> fx(state::getText).equals("PAUSED"));
        assertThat(state.getStyleClass()).contains("abnormal");

        robot.clickOn("#desk-resume");
        await("resumed", () -> !simulator.driver.isPaused());
        await("the desk shows RUNNING", () -> fx(state::getText).equals("RUNNING"));
        assertThat(fx(() -> robot.lookup("#desk-answer").queryAs(Label.class).getText())).isEqualTo("Done: resumed");
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void anInjectFromTheDeskIsAnsweredOnTheTabletop(FxRobot robot) throws Exception {
        loginInstructor();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        await("the instructor tab", () -> fx(() -> tabs.getTabs().stream().anyMatch(t -> "tab-instructor".equals(t.getId()))));
        select(robot, tabs, "tab-instructor");
        robot.clickOn("#desk-inject-text").write("The night shift reports a remote login.");
        robot.clickOn("#desk-inject-questions").write("Who was it?");
        robot.clickOn("#desk-hand-out");
        Tab tabletop = fx(() -> tabs.getTabs().stream().filter(t -> "tab-tabletop".equals(t.getId())).findFirst()
                .orElseThrow());
        await("the tab counts the new card", () -> fx(tabletop::getText).equals("Tabletop (1 new)"));
        // on another screen, the banner under the session bar says so and its button opens the tabletop
        Node banner = robot.lookup("#inject-banner").query();
        await("the banner", () -> fx(banner::isVisible));
        assertThat(fx(() -> robot.lookup("#inject-banner-text").queryAs(Label.class).getText()))
                .isEqualTo("New inject card on the tabletop: 1 not opened yet");
        robot.clickOn("#inject-banner-open");
        assertThat(fx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-tabletop");

        ListView<Object> cards = robot.lookup("#tabletop-cards").queryAs(ListView.class);
        robot.interact(() -> cards.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tabletop-card-text").queryAs(Label.class).getText())
                .isEqualTo("The night shift reports a remote login.");
        assertThat(fx(tabletop::getText)).isEqualTo("Tabletop");
        assertThat(fx(banner::isVisible)).as("the banner goes once the card is opened").isFalse();
        robot.clickOn("#tabletop-answer-0").write("The vendor's engineer");
        robot.clickOn("#tabletop-submit-0");

        Label sent = robot.lookup("#tabletop-sent-0").queryAs(Label.class);
        await("sent", () -> fx(sent::getText).equals("Sent: The vendor's engineer"));
    }

    @Test
    @Order(3)
    void aLongAnswerOfTheServerNeverCrushesPlantTimeStateOrLogin(FxRobot robot) throws Exception {
        loginInstructor();
        String card = "card-" + "9".repeat(300);
        console.exercise().session().call(ExerciseAddress.ANSWER_INJECT, card, 0, "an answer");
        Label outcome = robot.lookup("#last-outcome").queryAs(Label.class);
        await("the long answer", () -> fx(outcome::getText).contains(card));
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : List.of("#exercise-status", "#login-status")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            assertThat(fx(() -> label.getWidth())).as(id + " at its full width")
                    .isGreaterThanOrEqualTo(fx(() -> label.prefWidth(-1)) - 0.5);
        }
        assertThat(fx(() -> robot.lookup("#exercise-status").queryAs(Label.class).getText()))
                .startsWith("Free play | plant time ");
        assertThat(fx(() -> outcome.getWidth())).as("the answer is cut short").isLessThan(fx(() -> outcome.prefWidth(-1)));
        assertThat(fx(() -> outcome.getTooltip().getText())).as("and whole in its tooltip").contains(card);
    }

    @Test
    @Order(4)
    void theSpeedBoxFollowsAnotherDeskAndEndLeavesNoButtonToPress(FxRobot robot) throws Exception {
        loginInstructor();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        await("the instructor tab", () -> fx(() -> tabs.getTabs().stream().anyMatch(t -> "tab-instructor".equals(t.getId()))));
        select(robot, tabs, "tab-instructor");
        ComboBox<?> speed = robot.lookup("#desk-speed-choice").queryAs(ComboBox.class);

        simulator.exercise.setSpeed(new Actor("another-desk", "127.0.0.1"), "10");
        await("the speed box at x10", () -> "10".equals(fx(speed::getValue)));
        simulator.exercise.setSpeed(new Actor("another-desk", "127.0.0.1"), "1");
        await("the speed box at x1", () -> "1".equals(fx(speed::getValue)));

        robot.clickOn("#desk-end");
        robot.clickOn("#desk-end-yes");
        await("ended", () -> fx(() -> robot.lookup("#desk-state").queryAs(Label.class).getText()).equals("ENDED"));
        for (String id : List.of("#desk-resume", "#desk-pause", "#desk-speed-choice", "#desk-set-speed",
                "#desk-next-inject-now", "#desk-end", "#desk-hand-out", "#desk-keep-note")) {
            Node button = robot.lookup(id).query();
            assertThat(fx(button::isDisabled)).as(id + " after End").isTrue();
        }
    }

    private static void loginInstructor() throws Exception {
        Consoles.login(console.exercise().session(), Platform::runLater, simulator.user("ines", Role.INSTRUCTOR));
    }

    private static void select(FxRobot robot, TabPane tabs, String id) {
        robot.interact(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
