package org.icsdrill.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.opcua.Credentials;
import org.icsdrill.core.opcua.OpcUaConfig;
import org.icsdrill.core.opcua.OpcUaEndpoint;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.testfx.api.FxToolkit;

/**
 * A simulator in the test's process: the given plants and their OPC UA server on a free loopback
 * port. Plant time moves only when the test steps it.
 */
public final class SimulatorFixture implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-01-15T08:00:00Z");

    public final Simulation simulation;
    public final OpcUaEndpoint endpoint;
    public final TransactionJournal journal = TransactionJournal.inMemory(10_000);
    public final SourcePolicy policy = new SourcePolicy();
    /** Paced by nobody: pause, resume and speed only set its flags; the test steps the simulation. */
    public final SimulationDriver driver;
    public final Exercise exercise;

    public SimulatorFixture(Path dataDirectory, String... plants) throws Exception {
        this(dataDirectory, 0, plants);
    }

    /** The same on a given port: a simulator started again where its consoles expect it. */
    public SimulatorFixture(Path dataDirectory, int port, String... plants) throws Exception {
        this(dataDirectory, port, false, plants);
    }

    /** The plants coupled as one site (docs/coupling.md), as icsdrill run couples them, the couplings published. */
    public static SimulatorFixture coupled(Path dataDirectory, String... plants) throws Exception {
        return new SimulatorFixture(dataDirectory, 0, true, plants);
    }

    private SimulatorFixture(Path dataDirectory, int port, boolean coupled, String... plants) throws Exception {
        simulation = new Simulation(SimulationConfig.defaults(1).withStartTime(START),
                List.of(plants).stream().map(Plants::create).toList());
        List<org.icsdrill.core.coupling.Coupling> couplings = coupled
                ? org.icsdrill.core.coupling.Couplings.attach(simulation,
                        org.icsdrill.plants.site.SiteCouplings.standard()).active() : List.of();
        driver = new SimulationDriver(simulation, Speed.REAL_TIME);
        exercise = new Exercise(simulation, driver, policy, journal);
        // as icsdrill run does: the consoles' own address belongs on the network
        exercise.setKnownHosts(List.of("127.0.0.10", "127.0.0.20", "127.0.0.1", ConsoleConnection.CONSOLE_ADDRESS));
        endpoint = OpcUaEndpoint.start(simulation, journal, policy,
                new OpcUaConfig("127.0.0.1", port, dataDirectory, List.of()).withCouplings(couplings), exercise);
    }

    /** A user with {@code role}, created on first use (hashing a password takes a moment). */
    public synchronized Credentials user(String name, Role role) throws IOException {
        return users.computeIfAbsent(name, n -> {
            try {
                return endpoint.users().addUser(n, role);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private final Map<String, Credentials> users = new HashMap<>();

    public Credentials operator() {
        return endpoint.createdDefaultOperator().orElseThrow();
    }

    /** The plant's published value of a tag, as the network sees it. */
    public double value(String plant, String tag) {
        var runtime = simulation.plant(plant);
        return runtime.view().value(runtime.catalog().require(tag));
    }

    @Override
    public void close() {
        endpoint.close();
        exercise.close();
    }

    /**
     * A console subscribed to this simulator, its batches posted to the FX thread of a TestFX test,
     * in the language of {@code messages}.
     */
    public ConsoleViewModel fxConsole(Messages messages) throws Exception {
        ConsoleViewModel console = new ConsoleViewModel(ConsoleConnection.open(endpoint.endpointUrl(), messages.locale()), messages,
                Platform::runLater);
        FxToolkit.registerPrimaryStage(); // the FX thread runs before the first batch is posted
        console.start();
        return console;
    }

    /** Closes a console, then a simulator; either may be null when the start failed. */
    public static void close(ConsoleViewModel console, SimulatorFixture simulator) {
        if (console != null) {
            console.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    /** Waits, bounded, for a condition that a subscription update will make true. */
    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, 10, condition);
    }

    public static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20); // the poll interval: the wait ends on the condition, bounded by the deadline
        }
    }

    /** Reads view-model state on the UI thread of a plain test (the executor the batcher posts to). */
    public static <T> T on(ExecutorService ui, Callable<T> read) {
        try {
            return ui.submit(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static ExecutorService uiThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "test-ui");
            thread.setDaemon(true);
            return thread;
        });
    }
}
