package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.ui.alarms.AlarmListView;
import org.icsdrill.ui.alarms.AlarmRow;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.network.NetworkMonitorView;
import org.icsdrill.ui.network.TrafficRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the alarm list, the network monitor and the response screen during a small incident (a
 * spoofed high temperature, a rogue host writing a set point, a declaration) into
 * {@code alarms.png}, {@code network.png} and {@code response.png} of the screenshots directory.
 */
@ExtendWith(ApplicationExtension.class)
class ExerciseScreenshotTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ConsoleViewModel console;
    static Removable hot;
    Scene scene;

    @BeforeAll
    static void incident() throws Exception {
        simulator = new SimulatorFixture(dataDir, "power", "gas", "building", "chemical");
        simulator.simulation.advance(Duration.ofSeconds(30));
        console = simulator.fxConsole(Messages.load(ScreenshotTest.language()));
        var chemical = simulator.simulation.plant("chemical");
        int tt101 = chemical.catalog().require("R1.TT101");
        int pt101 = chemical.catalog().require("R1.PT101");
        hot = chemical.viewLayer().install((view, plc, t) -> {
            view[tt101] = 365;
            view[pt101] = 265; // high: acknowledged below, so the list shows who did it
        });
        RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 359.0);
        simulator.simulation.advance(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        if (hot != null) {
            hot.remove();
        }
        SimulatorFixture.close(console, simulator);
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(new ConsoleView(console), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void alarmsNetworkAndResponse(FxRobot robot) throws Exception {
        var session = console.exercise().session();
        robot.interact(() -> {
            session.usernameProperty().set(simulator.operator().username());
            session.passwordProperty().set(simulator.operator().password());
        });
        WaitForAsyncUtils.asyncFx(session::login).get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        var response = console.exercise().response();
        robot.interact(() -> {
            response.techniqueProperty().set(response.techniques().stream()
                    .filter(t -> t.id().equals("T0836")).findFirst().orElseThrow());
            response.declarationPlantProperty().set("chemical");
            response.assetsProperty().set("R1.TIC101");
            // what a trainee at a console in that language would type
            response.textProperty().set(ScreenshotTest.language().getLanguage().equals("ja")
                    ? "127.0.0.66 から反応器温度設定値が上げられました" : "Reactor temperature set point raised from 127.0.0.66");
            response.declare();
            response.targetProperty().set(RogueHost.ADDRESS);
        });
        await("declared", () -> fx(() -> response.log().size()) > 0);
        await("an alarm", () -> fx(() -> console.exercise().alarms().rows().size()) > 0);
        var alarmList = console.exercise().alarms();
        robot.interact(() -> alarmList.acknowledge(alarmList.rows().stream()
                .filter(r -> r.tagId().equals("chemical.R1.PT101")).findFirst().orElseThrow()));
        await("acknowledged", () -> simulator.exercise.timeline().stream()
                .anyMatch(e -> e.kind() == TimelineEntry.Kind.ALARM_ACKNOWLEDGED));
        simulator.simulation.step(); // the alarm list is published with the next tick
        await("who acknowledged", () -> fx(() -> alarmList.rows().stream()
                .anyMatch(r -> r.handledBy().contains(simulator.operator().username()))));
        await("the rogue write", () -> fx(() -> console.exercise().network().shown().stream()
                .anyMatch(r -> r.flagged())));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);

        BufferedImage alarms = shoot(robot, tabs, "tab-alarms", "alarms");
        // the spoofed 365 K is the reactor's high-high: an urgent alarm, its row in the urgent red
        Node urgent = Drawn.row(robot.lookup("#" + AlarmListView.ID).query(), AlarmRow.class,
                r -> r.tagId().equals("chemical.R1.TT101"));
        assertThat(fx(() -> List.copyOf(urgent.getStyleClass()))).contains("alarm-urgent", "alarm-unacknowledged");
        Drawn.assertPainted(alarms, urgent, Drawn.ALARM_URGENT, 0.6, "the TT101 high-high row");
        // every message in the console's language: the tag's description from the server, the level from the console
        Messages messages = Messages.load(ScreenshotTest.language());
        AlarmRow tt101 = fx(() -> alarmList.rows().stream().filter(r -> r.tagId().equals("chemical.R1.TT101"))
                .findFirst().orElseThrow());
        assertThat(tt101.message()).contains(messages.get("alarm.level.HIGH_HIGH"));
        AlarmRow unknown = fx(() -> alarmList.rows().stream().filter(r -> r.tagId().endsWith(".NET.UNKNOWN_SOURCE"))
                .findFirst().orElseThrow());
        assertThat(unknown.message()).startsWith(messages.get("alarm.unknownSource", RogueHost.ADDRESS + ":"));
        if (ScreenshotTest.language().getLanguage().equals("ja")) {
            assertThat(tt101.message()).startsWith("反応器温度");
        }

        BufferedImage network = shoot(robot, tabs, "tab-network", "network");
        // the rogue host's write stands out: its row in the abnormal yellow
        Node rogue = Drawn.row(robot.lookup("#" + NetworkMonitorView.ID).query(), TrafficRow.class,
                r -> r.item().source().startsWith(RogueHost.ADDRESS + ":") && r.item().write());
        assertThat(fx(() -> List.copyOf(rogue.getStyleClass()))).contains("unknown-source");
        Drawn.assertPainted(network, rogue, Drawn.ABNORMAL, 0.6, "the rogue write's row");

        BufferedImage declared = shoot(robot, tabs, "tab-response", "response");
        Drawn.assertPainted(declared, Drawn.sessionBar(scene), Drawn.TOOLBAR, 0.6, "the session bar");
        Label who = robot.lookup("#login-status").queryAs(Label.class);
        assertThat(fx(who::getText)).contains(simulator.operator().username());
        Drawn.showing(declared, who, "who is logged in");
        Node entry = fx(() -> robot.lookup("#response-log").queryAs(Parent.class).lookupAll(".list-cell").stream()
                .filter(c -> ((ListCell<?>) c).getText() != null && ((ListCell<?>) c).getText().contains("T0836"))
                .findFirst().orElse(null));
        Drawn.showing(declared, entry, "the declaration in the response log");
    }

    /** Shows the tab and writes the screenshot {@code name}.png. */
    private BufferedImage shoot(FxRobot robot, TabPane tabs, String tab, String name) throws Exception {
        robot.interact(() -> ConsoleView.select(tabs, tab));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage png = ScreenshotTest.snapshot(scene, name + ".png");
        assertThat(png.getWidth()).isEqualTo(1280);
        return png;
    }

}
