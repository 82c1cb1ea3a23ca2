package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.network.NetworkMonitorView;
import org.icsdrill.ui.network.TrafficRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the network monitor after an intruder's scan and writes, long after the live window moved
 * on, filtered to unknown hosts, into {@code network-kept.png} (or {@code network-kept-ja.png}):
 * the per-host summary with the intruder marked, its requests paged from the server, a dropped and
 * a refused write said as such, and every text of the screen's bars drawn whole.
 */
class NetworkScreenshotTest extends LiveConsoleTest {

    Scene scene;

    @BeforeAll
    static void intrusion() throws Exception {
        open(Messages.load(ScreenshotTest.language()), "gas", "chemical");
        simulator.simulation.advance(Duration.ofSeconds(30));
        RogueHost.read(simulator, RogueHost.ADDRESS, "gas", "K101.ST101", 12);
        simulator.simulation.advance(Duration.ofSeconds(20));
        RogueHost.write(simulator, "gas", "K101.PIC201.SP", 52.0);
        simulator.simulation.advance(Duration.ofSeconds(5));
        simulator.policy.blockCommands(SourcePolicy.Origin.RESPONSE, RogueHost.ADDRESS);
        RogueHost.write(simulator, "gas", "K101.PIC201.SP", 58.0);
        simulator.policy.unblockCommands(SourcePolicy.Origin.RESPONSE, RogueHost.ADDRESS);
        RogueHost.write(simulator, "gas", "K101.PIC201.SP", 9_999.0);
        simulator.simulation.advance(Duration.ofSeconds(5));
        RogueHost.read(simulator, "127.0.0.10", "gas", "K101.ST101", 3_000); // the SCADA server's routine polling
    }

    @Start
    void start(Stage stage) {
        showConsole(stage);
        scene = stage.getScene();
    }

    @Test
    void theIntrudersRequestsDroppedAndRefusedOnesIncluded(FxRobot robot) throws Exception {
        var network = console.exercise().network();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> {
            ConsoleView.select(tabs, "tab-network");
            network.kindProperty().set(TrafficKind.UNKNOWN_HOST);
        });
        await("the intruder's requests from the server", () -> fx(() -> network.shown().size() == 15
                && !network.busyProperty().get() && network.hosts().size() >= 2));
        TableView<?> table = robot.lookup("#" + NetworkMonitorView.ID).queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1)); // the dropped write, newest but one
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage png = ScreenshotTest.snapshot(scene, "network-kept.png");
        assertThat(png.getWidth()).isEqualTo(1280);

        Node dropped = Drawn.row(table, TrafficRow.class, r -> r.item().outcome() == TrafficOutcome.DROPPED);
        Node outcome = fx(() -> dropped.lookup(".table-cell.abnormal"));
        Drawn.assertPainted(png, outcome, Drawn.ABNORMAL, 0.5, "the dropped write's outcome");
        Node refused = Drawn.row(table, TrafficRow.class, r -> r.item().outcome() == TrafficOutcome.REFUSED);
        Drawn.showing(png, refused, "the refused write");
        Node intruder = Drawn.row(robot.lookup("#network-hosts").query(), org.icsdrill.api.HostSummary.class,
                h -> h.host().equals(RogueHost.ADDRESS));
        Drawn.assertPainted(png, intruder, Drawn.ABNORMAL, 0.6, "the intruder in the summary");
        for (String bar : List.of("#network-isolate", "#network-older", "#network-unknown", "#network-status")) {
            Node node = robot.lookup(bar).query();
            Drawn.showing(png, node, bar);
        }
    }

}
