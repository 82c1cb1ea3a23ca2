package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ResultCode;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.opcua.Credentials;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.overview.OverviewView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A remote console through its simulator's life, headless under Monocle. First the simulator stops
 * and comes back on the same port: the connection line says so within a few seconds, the values
 * shown turn stale, and the console reconnects by itself, subscribes again and is logged in again
 * as the station's user. Then, on the simulator that came back, the drill ends: nothing more is done,
 * the instructor closes the simulator from the connection line (asked twice), and the console says
 * it closed after the end rather than that it was lost. The second test goes on from the first.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrillLifecycleViewTest {

    /** "Within a few seconds": the server's close is seen at once, a silent server by the keep-alive. */
    private static final long NOTICED_WITHIN_SECONDS = 5;

    /** The console's language: English, or that of the screenshots ({@code connection-lost.png}). */
    private static final Messages MESSAGES = Messages.load(ScreenshotTest.language());

    @TempDir
    static Path dataDir;

    static int port;
    static SimulatorFixture simulator;
    static ConsoleViewModel console;
    static Credentials operator;

    @BeforeAll
    static void open() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        simulator = new SimulatorFixture(dataDir, port, "chemical");
        operator = simulator.operator();
        console = simulator.fxConsole(MESSAGES);
    }

    @AfterAll
    static void close() {
        SimulatorFixture.close(console, simulator);
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ConsoleView(console), 1280, 720)); // the screenshots' size
        stage.show();
    }

    @Test
    @Order(1)
    void theConsoleShowsTheLossWithinSecondsAndReconnectsWhenTheServerReturns(FxRobot robot) throws Exception {
        ConsoleViewTest.logIn(robot, operator.username(), operator.password());
        Label status = robot.lookup("#connection-status").queryAs(Label.class);
        Label tt101 = robot.lookup("#" + OverviewView.nodeId("value", "chemical.R1.TT101")).queryAs(Label.class);
        String url = simulator.endpoint.endpointUrl();
        assertThat(fx(status::getText)).isEqualTo(MESSAGES.get("app.connectedTo", url));
        simulator.simulation.advance(Duration.ofSeconds(3));
        String before = value();
        await("a live value", () -> fx(tt101::getText).equals(before));

        long stopped = System.nanoTime();
        simulator.close();
        await("the loss on the connection line", (int) NOTICED_WITHIN_SECONDS,
                () -> fx(status::getText).startsWith(before("connection.lost", url)));
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopped)).isLessThan(NOTICED_WITHIN_SECONDS);
        assertThat(fx(() -> status.getStyleClass().contains("abnormal"))).isTrue();
        await("the last value, marked stale", () -> fx(tt101::getText).equals(MESSAGES.get("value.stale", before)));
        Label state = robot.lookup("#status-chemical").queryAs(Label.class);
        assertThat(fx(state::getText)).as("the plant's last state, not said to be now")
                .isEqualTo(MESSAGES.get("value.stale", MESSAGES.get("status.running")));
        Label exercise = robot.lookup("#exercise-status").queryAs(Label.class);
        assertThat(fx(exercise::getText)).as("no longer said to be running")
                .contains(MESSAGES.get("exercise.connectionLost"));
        BufferedImage lost = ScreenshotTest.snapshot(status.getScene(), "connection-lost.png");
        Drawn.assertPainted(lost, status, Drawn.ABNORMAL, 0.5, "the lost connection's line");
        Drawn.showing(lost, tt101, "the stale value");

        simulator = new SimulatorFixture(dataDir, port, "chemical"); // the same data directory: the same users
        simulator.simulation.advance(Duration.ofSeconds(7));
        String after = value();
        // Milo retries after 1, 2, 4, 8 s, so the server is found again within about 16 s
        await("reconnected", 40, () -> fx(status::getText).equals(MESSAGES.get("app.connectedTo", url)));
        assertThat(fx(() -> status.getStyleClass().contains("abnormal"))).isFalse();
        await("the restarted server's value, live", () -> fx(tt101::getText).equals(after));
        await("the state again", () -> fx(exercise::getText).contains(before("exercise.running")));

        // the station's user was logged in again with the session: an action is recorded under the name
        robot.interact(() -> console.exercise().session().call(ExerciseAddress.DECLARE_INCIDENT, "chemical", "",
                "", "back after the restart", ""));
        await("declared on the restarted server", () -> simulator.exercise.timeline().stream().anyMatch(e ->
                e.kind() == TimelineEntry.Kind.DECLARATION && e.user().equals(operator.username())));
    }

    @Test
    @Order(2)
    void theInstructorClosesTheSimulatorAfterTheEnd(FxRobot robot) throws Exception {
        Credentials instructor = simulator.user("ines", Role.INSTRUCTOR);
        ConsoleViewTest.logIn(robot, instructor.username(), instructor.password());
        Node close = robot.lookup("#connection-close").query();
        assertThat(close.isVisible()).as("no closing while the drill runs").isFalse();

        simulator.exercise.end(new Actor(instructor.username(), "127.0.0.30"));
        await("offered after the end", () -> fx(close::isVisible));
        robot.interact(() -> console.exercise().session().call(ExerciseAddress.ADD_NOTE, "after the end"));
        Label outcome = robot.lookup("#last-outcome").queryAs(Label.class);
        await("nothing more is done", () -> fx(outcome::getText)
                .equals(ExerciseResult.refused(ResultCode.EXERCISE_OVER).text(MESSAGES.locale())));

        robot.clickOn("#connection-close");
        assertThat(simulator.exercise.awaitCloseRequest(0, TimeUnit.SECONDS)).as("asked again first").isFalse();
        robot.clickOn("#connection-close-confirm");
        assertThat(simulator.exercise.awaitCloseRequest(10, TimeUnit.SECONDS)).isTrue();
        await("the server's answer", () -> fx(outcome::getText)
                .equals(ExerciseResult.done(ResultCode.SIMULATOR_CLOSING).text(MESSAGES.locale())));

        String url = simulator.endpoint.endpointUrl();
        simulator.close(); // what icsdrill run does once asked
        simulator = null;
        Label status = robot.lookup("#connection-status").queryAs(Label.class);
        await("closed, not lost", () -> fx(status::getText).startsWith(before("connection.closed", url)));
        assertThat(fx(close::isVisible)).isFalse();
    }

    private static String value() {
        return String.format(Locale.ROOT, "%.1f", simulator.value("chemical", "R1.TT101"));
    }

    /** The text of {@code key} with {@code arguments}, up to its next one: "Connection to <url> lost at ". */
    private static String before(String key, Object... arguments) {
        Object[] marked = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        marked[arguments.length] = "\u0000";
        String text = MESSAGES.get(key, marked);
        return text.substring(0, text.indexOf('\u0000'));
    }
}
