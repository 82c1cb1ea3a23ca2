package org.icsdrill.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame of a view-model test of the drill's screens: a live simulator of some plants, and the
 * exercise screens of an English console logged in as its operator, their UI executor a plain
 * thread. A subclass opens them in its {@code @BeforeAll} with {@link #open}.
 */
abstract class OperatorScreensTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ExecutorService ui;
    static ConsoleConnection connection;
    static ExerciseScreens screens;

    static void open(String... plants) throws Exception {
        simulator = new SimulatorFixture(dataDir, plants);
        ui = SimulatorFixture.uiThread();
        connection = ConsoleConnection.open(simulator.endpoint.endpointUrl());
        screens = new ExerciseScreens(connection, Messages.load(Locale.ENGLISH), ui);
        screens.start();
        Consoles.login(screens.session(), ui, simulator.operator());
    }

    @AfterAll
    static void closeScreens() {
        Consoles.closeAll(screens, connection, simulator, ui == null ? null : ui::shutdownNow);
        screens = null;
        connection = null;
        simulator = null;
        ui = null;
    }
}
