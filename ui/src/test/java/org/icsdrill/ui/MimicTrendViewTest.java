package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.ConsoleViewTest.selectTab;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.icsdrill.ui.mimic.EquipmentViewModel;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.trend.PenViewModel;
import org.icsdrill.ui.trend.TrendView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mimic and trend tabs, headless under Monocle, against a live simulator that the test steps. */
class MimicTrendViewTest extends LiveConsoleTest {

    @BeforeAll
    static void connect() throws Exception {
        open("gas", "chemical");
    }

    @Start
    void start(Stage stage) {
        showConsole(stage);
    }

    @Test
    void aMimicShowsAValueThatChanges(FxRobot robot) throws Exception {
        selectTab(robot, "tab-mimic-chemical");
        Label tt101 = robot.lookup("#" + OverviewView.nodeId("mimic-value", "chemical.R1.TT101")).queryAs(Label.class);
        await("a first value", () -> !fx(tt101::getText).equals("…"));

        simulator.simulation.advance(Duration.ofSeconds(3));
        String expected = String.format(Locale.ROOT, "%.1f", simulator.value("chemical", "R1.TT101"));

        await("TT101 = " + expected, () -> fx(tt101::getText).equals(expected));
        assertThat(tt101.isVisible()).isTrue();
    }

    @Test
    void clickingEquipmentOpensItsFaceplateAndASetPointCanBeWritten(FxRobot robot) throws Exception {
        selectTab(robot, "tab-mimic-chemical");
        await("values", () -> fx(() -> console.mimic("chemical").equipment("TV101").stateProperty().get())
                != EquipmentViewModel.State.UNKNOWN);

        robot.clickOn("#equipment-chemical_TV101");

        String faceplate = "#mimic-faceplate-chemical";
        assertThat(robot.lookup(faceplate + "-loop").queryAs(Label.class).getText()).isEqualTo("TIC101");
        Label pv = robot.lookup("#" + OverviewView.nodeId("mimic-faceplate-chemical-row", "chemical.R1.TT101"))
                .queryAs(Label.class);
        assertThat(pv.getText()).matches("\\d+\\.\\d");
        assertThat(robot.lookup(faceplate + "-tag").queryAs(Label.class).getText()).startsWith("R1.TIC101.SP");

        ConsoleViewTest.logIn(robot, simulator.operator().username(), simulator.operator().password());
        robot.clickOn(faceplate + "-value").write("349");
        robot.clickOn(faceplate + "-write");
        Label result = robot.lookup(faceplate + "-result").queryAs(Label.class);
        await("accepted", () -> fx(result::getText).startsWith("Accepted"));
        simulator.simulation.step();
        assertThat(simulator.value("chemical", "R1.TIC101.SP")).isEqualTo(349.0);
        Label sp = robot.lookup("#" + OverviewView.nodeId("mimic-faceplate-chemical-row", "chemical.R1.TIC101.SP"))
                .queryAs(Label.class);
        await("the faceplate shows the new set point", () -> fx(sp::getText).equals("349.0"));
    }

    @Test
    void aStoppedAgitatorIsMarkedAbnormal(FxRobot robot) throws Exception {
        selectTab(robot, "tab-mimic-chemical");
        Node agitator = robot.lookup("#equipment-chemical_M101").query();
        TagInfo m101 = console.plants().stream().filter(p -> p.id().equals("chemical")).findFirst().orElseThrow()
                .tag("R1.M101").orElseThrow();
        try {
            write(m101, false);
            simulator.simulation.step();
            await("M101 abnormal", () -> fx(() -> agitator.getStyleClass().contains("abnormal")));
        } finally {
            write(m101, true);
            simulator.simulation.step();
        }
        await("M101 normal again", () -> !fx(() -> agitator.getStyleClass().contains("abnormal")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTrendGetsPointsAtPlantTime(FxRobot robot) throws Exception {
        selectTab(robot, "tab-trend");
        ComboBox<TagInfo> tags = robot.lookup("#trend-tag").queryAs(ComboBox.class);
        robot.interact(() -> {
            robot.lookup("#trend-plant").queryAs(javafx.scene.control.ChoiceBox.class).getSelectionModel().select(
                    console.plants().stream().filter(p -> p.id().equals("gas")).findFirst().orElseThrow());
            tags.getSelectionModel().select(tags.getItems().stream().filter(t -> t.name().equals("K101.PT102"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#trend-add");
        PenViewModel pen = fx(() -> console.trend().pens().stream()
                .filter(p -> p.tag().id().equals("gas.K101.PT102")).findFirst().orElseThrow());
        TrendView view = robot.lookup("#trend").queryAs(TrendView.class);

        for (int i = 0; i < 5; i++) {
            double before = fx(() -> console.trend().nowProperty().get());
            simulator.simulation.advance(Duration.ofSeconds(2));
            await("plant time " + (i + 1), () -> fx(() -> console.trend().nowProperty().get()) >= before + 1.9);
        }

        double plantNow = SimulatorFixture.START.getEpochSecond() + simulator.simulation.plantTimeSeconds();
        assertThat(fx(() -> console.trend().upper())).isCloseTo(plantNow, org.assertj.core.data.Offset.offset(0.5));
        assertThat(fx(() -> view.pointsShown(pen))).isGreaterThanOrEqualTo(5);
        Label value = robot.lookup("#" + OverviewView.nodeId("trend-value", "gas.K101.PT102")).queryAs(Label.class);
        assertThat(value.getText()).matches("\\d+\\.\\d");
    }

    @Test
    void aTagTableRowGoesToTheTrendFromItsMenu(FxRobot robot) throws Exception {
        selectTab(robot, "tab-tags-chemical");
        javafx.scene.control.TableRow<?> firstRow = robot.lookup("#tags-chemical .table-row-cell")
                .queryAs(javafx.scene.control.TableRow.class);
        // the menu's item, fired as a click on it would (Monocle's headless popups are not clicked reliably)
        var item = fx(() -> firstRow.getContextMenu().getItems().get(0));
        assertThat(item.getText()).isEqualTo("Add to trend");
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> console.trend().pens().stream().anyMatch(p -> p.tag().id().equals("chemical.R1.TT101"))))
                .isTrue();
    }

    private static void write(TagInfo tag, Object value) throws Exception {
        var operator = simulator.operator();
        assertThat(console.connection().write(tag, value, operator.username(), operator.password())
                .get(10, TimeUnit.SECONDS).good()).isTrue();
    }
}
