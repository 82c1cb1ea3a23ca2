package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.ui.site.HostEventRow;
import org.icsdrill.ui.site.SiteScreen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The site tab of the console as a trainee uses it: a note while the run has no site, then the zone map;
 * a click on a host shows it in the host panel with its event log; a host quarantined on the server is
 * drawn quarantined, in words too; an incident is declared on a host of the site alone, before any plant
 * is touched.
 */
class SiteViewTest extends LiveConsoleTest {

    @BeforeAll
    static void start() throws Exception {
        open("chemical");
    }

    @Start
    void start(Stage stage) {
        showConsole(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fromNoSiteToTheMapAHostChosenByAClickAndOneQuarantined(FxRobot robot) throws Exception {
        robot.interact(() -> ConsoleView.select(robot.lookup(".tab-pane").queryAs(TabPane.class), "tab-site"));
        Label none = robot.lookup("#" + SiteScreen.NONE_ID).queryAs(Label.class);
        assertThat(fx(none::isVisible)).isTrue();
        assertThat(fx(none::getText)).startsWith("This run has no site network");
        assertThat(fx(() -> robot.lookup("#network-zone").query().isVisible())).as("no zones to filter by").isFalse();

        SiteState site = ReferenceSite.install(simulator);
        await("the map", () -> fx(() -> robot.lookup("#site-host-jump-host").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(none::isVisible)).isFalse();
        site.events().log(HostEventLog.Entry.of("jump-host", HostEventAction.PROCESS_STARTED, true,
                "procdump64.exe -ma lsass.exe").by("jump-admin"));
        robot.clickOn("#site-host-jump-host");

        ComboBox<String> chosen = robot.lookup("#host-choice").queryAs(ComboBox.class);
        assertThat(fx(chosen::getValue)).isEqualTo("jump-host");
        assertThat(fx(() -> robot.lookup("#site-host-jump-host").query().getStyleClass())).contains("chosen");
        assertThat(fx(() -> robot.lookup("#host-address").queryAs(Label.class).getText())).isEqualTo("127.0.35.20");
        TableView<HostEventRow> events = robot.lookup("#host-events").queryAs(TableView.class);
        await("the event in the log", () -> fx(() -> events.getItems().size()) == 1);
        assertThat(fx(() -> events.getItems().get(0).action())).isEqualTo("Process started");

        site.hosts().quarantine("office-pc-1");
        Node office = robot.lookup("#site-host-office-pc-1").query();
        await("drawn quarantined", () -> fx(() -> office.getStyleClass().contains("quarantined")));
        assertThat(fx(office::getAccessibleText)).isEqualTo("office-pc-1 127.0.40.11 ■ quarantined");
        assertThat(fx(() -> robot.lookup("#network-zone").query().isVisible())).as("zones to filter by").isTrue();

        Consoles.login(console.exercise().session(), Platform::runLater, simulator.operator());
        robot.interact(() -> ConsoleView.select(robot.lookup(".tab-pane").queryAs(TabPane.class), "tab-response"));
        ComboBox<String> host = robot.lookup("#declare-host").queryAs(ComboBox.class);
        ComboBox<String> plant = robot.lookup("#declare-plant").queryAs(ComboBox.class);
        await("the site's hosts to declare on", () -> fx(() -> host.getItems().contains("engineering")));
        assertThat(fx(() -> host.getItems().get(0))).as("no host is a choice").isEmpty();
        robot.interact(() -> {
            host.setValue("engineering");
            plant.setValue("");
        });
        assertThat(fx(() -> plant.getConverter().toString(plant.getValue()))).isEqualTo("(none)");
        robot.clickOn("#declare");
        Label outcome = robot.lookup("#response-outcome").queryAs(Label.class);
        await("an answer", () -> !fx(outcome::getText).isEmpty());
        assertThat(fx(outcome::getText)).startsWith("Done");
        await("declared on the host", () -> simulator.exercise.timeline().stream().anyMatch(e -> e.kind()
                == TimelineEntry.Kind.DECLARATION && e.target().equals("engineering") && e.plant().isEmpty()));
    }
}
