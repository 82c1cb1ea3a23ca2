package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.site.HostEventRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the site screen at 1280x720 after {@link SiteIncident} into {@code site.png} (or
 * {@code site-ja.png}): the zone map of the reference site with a quarantined and a compromised host,
 * a service closed on a conduit, the connections counted and a denied one with no conduit, and the
 * jump host, chosen by a click on the map, in the host panel with its failed events marked; also the
 * network monitor kept to one zone and the response form's choices from the site.
 */
class SiteScreenshotTest extends LiveConsoleTest {

    Scene scene;

    @BeforeAll
    static void intrusion() throws Exception {
        open(Messages.load(ScreenshotTest.language()), "chemical");
        new SiteIncident(simulator).play();
        await("the site on the console", () -> fx(() -> console.exercise().site().panel().hosts().size())
                == ReferenceSite.HOSTS.size());
    }

    @Start
    void start(Stage stage) {
        scene = showConsole(stage, 720);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMapAfterTheIntrusionAndTheJumpHostsPanel(FxRobot robot) throws Exception {
        robot.interact(() -> ConsoleView.select(robot.lookup(".tab-pane").queryAs(TabPane.class), "tab-site"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#site-host-jump-host");
        var panel = console.exercise().site().panel();
        await("the jump host's events", () -> fx(() -> panel.events().size()) == 6);
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = ScreenshotTest.snapshot(scene, "site.png");

        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(fx(() -> robot.lookup("#host-choice").queryAs(ComboBox.class).getValue())).isEqualTo("jump-host");
        Node jump = robot.lookup("#site-host-jump-host").query();
        Drawn.assertPainted(png, jump, Drawn.ABNORMAL, 0.5, "the compromised jump host");
        Node office = robot.lookup("#site-host-office-pc-1").query();
        Drawn.assertPainted(png, office, Drawn.SYMBOL_ON, 0.4, "the quarantined office PC, dark");
        assertThat(fx(office::getAccessibleText)).contains(
                ScreenshotTest.language().getLanguage().equals("ja") ? "隔離中" : "quarantined");
        Drawn.showing(png, robot.lookup("#site-link-enterprise-dmz").query(), "the conduit with a closed service");
        Drawn.showing(png, robot.lookup("#site-zone-safety").query(), "the safety zone, at the bottom");
        TableView<HostEventRow> events = robot.lookup("#host-events").queryAs(TableView.class);
        Node failed = Drawn.row(events, HostEventRow.class, HostEventRow::failed);
        Drawn.showing(png, failed, "a failed event");
        Drawn.assertPainted(png, fx(() -> failed.lookup(".table-cell.abnormal")), Drawn.ABNORMAL, 0.5,
                "the failed event's outcome");
        Drawn.assertColourOnlyWhereAbnormal(png, scene, "the site screen");
    }

    /**
     * {@code network-zone.png}: the network monitor kept to the enterprise zone, an office PC's reads (the
     * summary above still lists every source host).
     */
    @Test
    void theNetworkMonitorKeptToOneZone(FxRobot robot) throws Exception {
        RogueHost.read(simulator, "127.0.40.12", "chemical", "R1.TT101", 4); // office-pc-2
        var network = console.exercise().network();
        robot.interact(() -> {
            ConsoleView.select(robot.lookup(".tab-pane").queryAs(TabPane.class), "tab-network");
            network.zoneProperty().set("enterprise");
        });
        await("the office PC's reads", () -> fx(() -> network.shown().size() == 4 && !network.busyProperty().get()
                && network.hosts().stream().anyMatch(h -> h.host().equals("127.0.40.12"))));
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = ScreenshotTest.snapshot(scene, "network-zone.png");

        assertThat(fx(() -> network.shown().stream().allMatch(r -> r.item().sourceHost().equals("127.0.40.12"))))
                .isTrue();
        Drawn.showing(png, robot.lookup("#network-zone").query(), "the zone filter");
    }

    /** {@code response-site.png}: the response form's quarantine, its target chosen from the site's hosts. */
    @Test
    @SuppressWarnings("unchecked")
    void theResponseFormsChoicesFromTheSite(FxRobot robot) throws Exception {
        var response = console.exercise().response();
        robot.interact(() -> {
            ConsoleView.select(robot.lookup(".tab-pane").queryAs(TabPane.class), "tab-response");
            response.actionProperty().set(ResponseAction.QUARANTINE_HOST);
        });
        ComboBox<String> choices = robot.lookup("#respond-choice").queryAs(ComboBox.class);
        assertThat(fx(() -> List.copyOf(choices.getItems()))).contains("jump-host", "engineering")
                .doesNotContain("office-pc-1", "chemical-plc", "chemical-sis");
        robot.interact(() -> choices.getSelectionModel().select("jump-host"));
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = ScreenshotTest.snapshot(scene, "response-site.png");

        assertThat(fx(() -> response.targetProperty().get())).isEqualTo("jump-host");
        Drawn.showing(png, choices, "the site's choices");
    }
}
