package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.icsdrill.core.mimic.SymbolKind;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.mimic.EquipmentViewModel;
import org.icsdrill.ui.mimic.MimicViewModel;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.trend.PenViewModel;
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
 * Renders the overview of all four plants under Monocle into {@code target/screenshots/overview.png}
 * (or the directory in {@code -Dscreenshots.dir}, e.g. {@code docs/screenshots}), for the docs and
 * for a person to look at; also the chemical tag table, each plant's mimic ({@code mimic-<plant>.png})
 * and the trends ({@code trends.png}).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    @TempDir
    static Path dataDir;

    /** A value as the console writes it: 344.8, -5, 99028. */
    private static final String NUMBER = "-?\\d+(\\.\\d+)?";

    static SimulatorFixture simulator;
    static ConsoleViewModel console;
    Scene scene;

    @BeforeAll
    static void connect() throws Exception {
        simulator = new SimulatorFixture(dataDir, "power", "gas", "building", "chemical");
        simulator.simulation.advance(Duration.ofSeconds(30));
        console = simulator.fxConsole(Messages.load(language()));
    }

    @AfterAll
    static void stop() {
        SimulatorFixture.close(console, simulator);
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(new ConsoleView(console), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void overview(FxRobot robot) throws Exception {
        Label chemical = robot.lookup("#" + OverviewView.nodeId("value", "chemical.R1.TT101")).queryAs(Label.class);
        Label power = robot.lookup("#" + OverviewView.nodeId("value", "power.GEN.FT")).queryAs(Label.class);
        AssertionError late = null;
        try {
            await("values on every tile", () -> !ConsoleViewTest.fx(chemical::getText).equals("…")
                    && !ConsoleViewTest.fx(power::getText).equals("…"));
        } catch (AssertionError e) {
            late = e; // still take the picture: it shows what went wrong
        }
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = snapshot("overview.png");
        Path file = directory().resolve(named("overview.png"));

        if (late != null) {
            throw late;
        }
        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(Files.size(file)).isGreaterThan(10_000);
        Drawn.assertPainted(png, Drawn.sessionBar(scene), Drawn.TOOLBAR, 0.6, "the session bar");
        for (String plant : List.of("power", "gas", "building", "chemical")) {
            Drawn.assertPainted(png, robot.lookup("#tile-" + plant).query(), Drawn.TILE, 0.7, "the " + plant + " tile");
        }
        assertThat(ConsoleViewTest.fx(chemical::getText)).matches(NUMBER);
        assertThat(ConsoleViewTest.fx(power::getText)).matches(NUMBER);
        Drawn.showing(png, chemical, "chemical.R1.TT101 on its tile");
        Drawn.assertColourOnlyWhereAbnormal(png, scene, "the overview");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tagTableWithARefusedWrite(FxRobot robot) throws Exception {
        var table = robot.lookup("#tags-chemical").queryAs(javafx.scene.control.TableView.class);
        var faceplate = console.faceplate("chemical");
        ConsoleViewTest.selectTab(robot, "tab-tags-chemical");
        robot.interact(() -> {
            table.getSelectionModel().select(console.tagTable("chemical").row("R1.TIC101.SP"));
            faceplate.newValueProperty().set("355");
        });
        WaitForAsyncUtils.asyncFx(faceplate::write).get(10, TimeUnit.SECONDS)
                .get(10, TimeUnit.SECONDS); // anonymous: refused by the server
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = snapshot("tags-chemical.png");

        assertThat(png.getHeight()).isEqualTo(720);
        Parent tab = ConsoleViewTest.fx(() -> (Parent) selectedTab().getContent());
        Label tag = (Label) Drawn.lookup(tab, "#faceplate-tag");
        assertThat(ConsoleViewTest.fx(tag::getText)).startsWith("R1.TIC101.SP");
        Drawn.showing(png, tag, "the faceplate's tag");
        Label result = (Label) Drawn.lookup(tab, "#faceplate-result");
        assertThat(ConsoleViewTest.fx(result::getText)).contains("Bad_UserAccessDenied");
        Drawn.assertPainted(png, result, Drawn.ABNORMAL, 0.35, "the refusal");
        Drawn.assertColourOnlyWhereAbnormal(png, scene, "the tag table");
    }

    @Test
    void mimics(FxRobot robot) throws Exception {
        for (var mimic : console.mimics()) {
            String plant = mimic.plant().id();
            ConsoleViewTest.selectTab(robot, "tab-mimic-" + plant);
            var first = mimic.values().get(0);
            await("values on the " + plant + " mimic", () -> !ConsoleViewTest.fx(() -> first.live().valueProperty().get())
                    .equals("…"));
            // the faceplate of the plant's first controller, as an operator would open it
            var controller = mimic.equipment().stream().filter(e -> e.spec().symbol() == SymbolKind.CONTROLLER)
                    .findFirst();
            controller.ifPresent(c -> robot.interact(() -> mimic.open(c)));
            WaitForAsyncUtils.waitForFxEvents();

            BufferedImage png = snapshot("mimic-" + plant + ".png");

            assertThat(png.getWidth()).isEqualTo(1280);
            Node drawing = robot.lookup("#mimic-" + plant).query();
            Drawn.showing(png, drawing, "the " + plant + " mimic");
            if (controller.isPresent()) {
                Label loop = robot.lookup("#mimic-faceplate-" + plant + "-loop").queryAs(Label.class);
                assertThat(ConsoleViewTest.fx(loop::getText)).isEqualTo(controller.get().loop().title());
                Drawn.showing(png, loop, "the faceplate's loop");
            }
            assertRunningEquipmentFilled(png, mimic, drawing);
            Drawn.assertColourOnlyWhereAbnormal(png, scene, "the " + plant + " mimic");
        }
    }

    /** Every symbol in view whose equipment runs (or is open) has the dark grey fill; there is at least one. */
    private static void assertRunningEquipmentFilled(BufferedImage png, MimicViewModel mimic,
                                                     Node drawing) {
        Node scroll = drawing;
        while (!(scroll instanceof ScrollPane)) {
            scroll = scroll.getParent();
        }
        Bounds view = Drawn.showing(png, scroll, "the mimic's scroll pane");
        int checked = 0;
        for (var item : mimic.equipment()) {
            Bounds box = Drawn.boxOf(Drawn.lookup((Parent) drawing, "#" + item.nodeId()));
            boolean runs = ConsoleViewTest.fx(() -> item.stateProperty().get()) == EquipmentViewModel.State.ON;
            if (runs && view.contains(box)) {
                assertThat(Drawn.count(png, box, Drawn.SYMBOL_ON)).as("%s runs: its fill in %s", item.id(), box)
                        .isPositive();
                checked++;
            }
        }
        assertThat(checked).as("running equipment in view on the %s mimic", mimic.plant().id()).isPositive();
    }

    @Test
    void trends(FxRobot robot) throws Exception {
        var trend = console.trend();
        robot.interact(() -> {
            for (String[] pen : new String[][] {{"chemical", "R1.TT101"}, {"chemical", "R1.TV101"},
                    {"chemical", "R1.TIC101.SP"}, {"gas", "K101.PT102"}, {"power", "GEN.FT"}}) {
                console.plants().stream().filter(p -> p.id().equals(pen[0])).findFirst()
                        .flatMap(p -> p.tag(pen[1])).ifPresent(trend::addPen);
            }
        });
        ConsoleViewTest.selectTab(robot, "tab-trend");
        var operator = simulator.operator();
        var setpoint = console.plants().stream().filter(p -> p.id().equals("chemical")).findFirst().orElseThrow()
                .tag("R1.TIC101.SP").orElseThrow();
        // eight minutes of plant time in twenty-second steps (each waits for the console), the set point moved
        for (int i = 1; i <= 24; i++) {
            if (i == 10) {
                console.connection().write(setpoint, 345.0, operator.username(), operator.password())
                        .get(10, TimeUnit.SECONDS);
            }
            double before = ConsoleViewTest.fx(() -> trend.nowProperty().get());
            simulator.simulation.advance(Duration.ofSeconds(20));
            await("the trend at the new plant time", () -> ConsoleViewTest.fx(() -> trend.nowProperty().get()) >= before + 19.9);
        }
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = snapshot("trends.png");

        assertThat(png.getWidth()).isEqualTo(1280);
        Label sp = robot.lookup("#" + OverviewView.nodeId("trend-value", "chemical.R1.TIC101.SP")).queryAs(Label.class);
        assertThat(ConsoleViewTest.fx(sp::getText)).isEqualTo("345.0");
        Node plot = Drawn.lookup(robot.lookup("#trend-chart").queryAs(Parent.class), ".chart-plot-background");
        Bounds area = Drawn.showing(png, plot, "the chart's plot area");
        List<PenViewModel> pens = ConsoleViewTest.fx(() -> List.copyOf(trend.pens()));
        assertThat(pens).hasSize(5);
        for (PenViewModel pen : pens) {
            assertThat(Drawn.count(png, area, Drawn.rgb(pen.color()))).as("the line of %s", pen.tag().id())
                    .isGreaterThan(100);
        }
        // each pen in percent of its range: the set point (330 - 360 K) drawn at 350 K, then stepped down to 345 K
        // (the pens drawn after it may cover its lower line, hence the looser bottom)
        PenViewModel setpointPen = pens.stream().filter(p -> p.tag().id().equals("chemical.R1.TIC101.SP")).findFirst()
                .orElseThrow();
        List<Integer> rows = Drawn.rows(png, area, Drawn.rgb(setpointPen.color()));
        assertThat((double) rows.get(0)).as("top of the set point's line")
                .isCloseTo(rowAt(area, (350.0 - 330) / 30), within(3.0));
        assertThat((double) rows.get(rows.size() - 1)).as("bottom of the set point's step")
                .isCloseTo(rowAt(area, (345.0 - 330) / 30), within(4.0));
    }

    /** The pixel row of a plot area at {@code fraction} (0 to 1) of its range, counted from the bottom. */
    private static double rowAt(Bounds area, double fraction) {
        return area.getMaxY() - fraction * area.getHeight();
    }

    private Tab selectedTab() {
        return ConsoleView.selected((TabPane) scene.lookup(".tab-pane"));
    }

    private BufferedImage snapshot(String name) throws Exception {
        return snapshot(scene, name);
    }

    /**
     * Writes {@code scene} as {@code name} into the screenshots directory, {@code -ja} before the
     * extension for a Japanese console ({@code -Dscreenshots.lang=ja}), and checks that no text on it is
     * cut short; the other screenshot tests use it too.
     */
    static BufferedImage snapshot(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(png, "png", directory().resolve(named(name)).toFile());
        Drawn.assertNothingClipped(scene, name);
        return png;
    }

    /** The language of the screenshots' consoles ({@code -Dscreenshots.lang}, English by default). */
    static Locale language() {
        return Locale.forLanguageTag(System.getProperty("screenshots.lang", "en"));
    }

    /** {@code overview.png}, or {@code overview-ja.png} in Japanese. */
    private static String named(String name) {
        String lang = language().getLanguage();
        return lang.equals("en") ? name : name.replaceFirst("\\.png$", "-" + lang + ".png");
    }

    private static Path directory() throws java.io.IOException {
        return Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }
}
