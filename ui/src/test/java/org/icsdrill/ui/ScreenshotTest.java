package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.overview.OverviewView;
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
 * for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ConsoleViewModel console;
    Scene scene;

    @BeforeAll
    static void connect() throws Exception {
        simulator = new SimulatorFixture(dataDir, "power", "gas", "building", "chemical");
        simulator.simulation.advance(Duration.ofSeconds(30));
        console = new ConsoleViewModel(ConsoleConnection.open(simulator.endpoint.endpointUrl()),
                Messages.load(Locale.forLanguageTag(System.getProperty("screenshots.lang", "en"))),
                Platform::runLater);
        org.testfx.api.FxToolkit.registerPrimaryStage(); // the FX thread runs before the first batch is posted
        console.start();
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        if (simulator != null) {
            simulator.close();
        }
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

        BufferedImage png = snapshot(System.getProperty("screenshots.name", "overview.png"));
        Path file = directory().resolve(System.getProperty("screenshots.name", "overview.png"));

        if (late != null) {
            throw late;
        }
        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tagTableWithARefusedWrite(FxRobot robot) throws Exception {
        var tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        var table = robot.lookup("#tags-chemical").queryAs(javafx.scene.control.TableView.class);
        var faceplate = console.faceplate("chemical");
        robot.interact(() -> {
            ConsoleView.select(tabs, "tab-tags-chemical");
            table.getSelectionModel().select(console.tagTable("chemical").row("R1.TIC101.SP"));
            faceplate.newValueProperty().set("355");
        });
        WaitForAsyncUtils.asyncFx(faceplate::write).get(10, TimeUnit.SECONDS)
                .get(10, TimeUnit.SECONDS); // anonymous: refused by the server
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = snapshot("tags-chemical.png");

        assertThat(png.getHeight()).isEqualTo(720);
    }

    private BufferedImage snapshot(String name) throws Exception {
        return snapshot(scene, name);
    }

    /** Writes {@code scene} as {@code name} into the screenshots directory; the other screenshot tests use it too. */
    static BufferedImage snapshot(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(png, "png", directory().resolve(name).toFile());
        return png;
    }

    private static Path directory() throws java.io.IOException {
        return Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }
}
