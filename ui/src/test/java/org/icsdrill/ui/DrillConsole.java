package org.icsdrill.ui;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.icsdrill.core.opcua.Credentials;
import org.icsdrill.ui.ExerciseScreens;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.opcua.ConsoleConnection;

/**
 * One person's console for the exercise screens only (no tag subscription): a connection to the
 * test simulator, its exercise screens on the given UI thread, and a login. A drill needs several:
 * the instructor's and the trainees'.
 */
record DrillConsole(ConsoleConnection connection, ExerciseScreens screens) implements AutoCloseable {

    static final Messages ENGLISH = Messages.load(Locale.ENGLISH);

    static DrillConsole open(SimulatorFixture simulator, ExecutorService ui) throws Exception {
        return open(simulator, ui, ENGLISH);
    }

    static DrillConsole open(SimulatorFixture simulator, ExecutorService ui, Messages language) throws Exception {
        ConsoleConnection connection = ConsoleConnection.open(simulator.endpoint.endpointUrl());
        return new DrillConsole(connection, new ExerciseScreens(connection, language, ui));
    }

    /** Subscribes after the screens have been added, then logs in through the session's fields. */
    DrillConsole start(ExecutorService ui, Credentials user) throws Exception {
        screens.start();
        Consoles.login(session(), ui, user);
        return this;
    }

    ConsoleSession session() {
        return screens.session();
    }

    @Override
    public void close() {
        screens.close();
        connection.close();
    }
}
