package org.icsdrill.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The frame of a TestFX test of the whole console: plants with their OPC UA server (plant time
 * moves only when the test steps it), a console on the FX thread, and its window. A subclass opens
 * them in its {@code @BeforeAll} with {@link #open} and shows the window from its {@code @Start} with
 * {@link #showConsole}; test classes run one after another.
 */
@ExtendWith(ApplicationExtension.class)
abstract class LiveConsoleTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ConsoleViewModel console;

    /** Starts {@code plants} and an English console subscribed to them. */
    static void open(String... plants) throws Exception {
        open(Messages.load(Locale.ENGLISH), plants);
    }

    static void open(Messages messages, String... plants) throws Exception {
        simulator = new SimulatorFixture(dataDir, plants);
        console = simulator.fxConsole(messages);
    }

    /** Starts {@code plants} coupled as one site (docs/coupling.md) and a console in {@code messages}' language. */
    static void openCoupled(Messages messages, String... plants) throws Exception {
        simulator = SimulatorFixture.coupled(dataDir, plants);
        console = simulator.fxConsole(messages);
    }

    @AfterAll
    static void closeConsole() {
        SimulatorFixture.close(console, simulator);
        console = null;
        simulator = null;
    }

    /** Shows the console; TestFX only finds a test class's own {@code @Start}, which calls this. */
    static void showConsole(Stage stage) {
        showConsole(stage, 800);
    }

    /** The same at 1280 by {@code height}: 720, the smallest screen the pictures are made for. */
    static Scene showConsole(Stage stage, int height) {
        stage.setScene(new Scene(new ConsoleView(console), 1280, height));
        stage.show();
        return stage.getScene();
    }
}
