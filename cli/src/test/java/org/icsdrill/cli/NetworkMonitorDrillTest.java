package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.icsdrill.api.HostSummary;
import org.icsdrill.api.SourceAddress;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.core.testing.Await;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.ui.ExerciseScreens;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.network.NetworkMonitorViewModel;
import org.icsdrill.ui.network.TrafficRow;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the whole bundled gas-stuxnet drill (an hour of plant time), wired as {@code icsdrill run
 * --scenario gas-stuxnet} wires it (simulated SCADA, engineering and attacker hosts, the record), with
 * a console connected from the start. At its end the console's network monitor finds every request
 * of the attacker, attack window by attack window of the ground truth, and every write,
 * unknown-host, refused and dropped request of the run, count for count with what the journal saw.
 * Plant time runs as fast as the machine allows, far more traffic per wall second than at x10, so
 * the console's live window (the newest 100 requests, sampled four times a second) holds even less
 * of the run than in a drill at x10; {@code -Dicsdrill.drillSpeed=10} plays it at x10.
 */
class NetworkMonitorDrillTest {

    @TempDir
    Path dir;

    private final Map<String, AtomicLong> perHost = new ConcurrentHashMap<>();
    private final List<Transaction> notable = new CopyOnWriteArrayList<>();
    /** Plant time of every request, to count what came after the attacker's last. */
    private final Queue<Double> plantTimes = new ConcurrentLinkedQueue<>();
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-ui");
        thread.setDaemon(true);
        return thread;
    });

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES) // seconds at full speed; six minutes at x10
    void theAttackersRequestsOfAWholeGasStuxnetDrillAreAllFoundAtItsEnd() throws Exception {
        Scenario scenario = BundledScenarios.load("gas-stuxnet").orElseThrow().scenario();
        HostAddresses hosts = new HostAddresses(HostAddresses.loopback(scenario.hosts().scada()),
                HostAddresses.loopback(scenario.hosts().engineering()),
                HostAddresses.loopback(scenario.hosts().attacker()));
        String attacker = hosts.attacker().getHostAddress();
        Set<String> known = Set.of(hosts.scada().getHostAddress(), hosts.engineering().getHostAddress(),
                ConsoleConnection.CONSOLE_ADDRESS);
        try (SimulatorHost host = drill(scenario, hosts, known);
             ConsoleConnection connection = ConsoleConnection.open(host.opcUa().endpointUrl());
             ExerciseScreens screens = new ExerciseScreens(connection, Messages.load(Locale.ENGLISH), ui)) {
            screens.start();
            NetworkMonitorViewModel network = screens.network();
            await("the console's first summary", 10, () -> on(() -> !network.hosts().isEmpty()));
            host.driver().resume();
            assertThat(host.driver().awaitEnd(10, TimeUnit.MINUTES)).as("the drill ran to its end").isTrue();
            await("the console's summary of the whole run", 30, () -> on(() -> network.hosts().stream()
                    .allMatch(h -> h.requests() == count(h.host()))
                    && network.hosts().size() == perHost.size()));

            List<Transaction> fromAttacker = journaled(t -> host(t).equals(attacker));
            List<TrafficRow> found = all(network, attacker, TrafficKind.ALL);
            assertThat(found).extracting(r -> r.item().plant() + " " + r.item().function() + " " + r.item().plantTime())
                    .containsExactlyInAnyOrderElementsOf(fromAttacker.stream()
                            .map(t -> t.plant() + " " + t.function() + " " + t.plantTimeSeconds()).toList());
            // per attack of the ground truth: as many requests found in its window as the attacker sent in it
            List<double[]> windows = attackWindows(host.exercise().timeline());
            assertThat(windows).as("the scenario's attacks").isNotEmpty();
            assertThat(fromAttacker).as("the attacker probed the plant").isNotEmpty()
                    .allSatisfy(t -> assertThat(windows).as("%s inside an attack", t)
                            .anySatisfy(w -> assertThat(t.plantTimeSeconds()).isBetween(w[0], w[1])));
            for (double[] w : windows) {
                assertThat(found.stream().filter(r -> r.item().plantTime() >= w[0] && r.item().plantTime() <= w[1]))
                        .hasSize((int) fromAttacker.stream()
                                .filter(t -> t.plantTimeSeconds() >= w[0] && t.plantTimeSeconds() <= w[1]).count());
            }
            double lastProbe = fromAttacker.stream().mapToDouble(Transaction::plantTimeSeconds).max().orElseThrow();
            assertThat(after(lastProbe)).as("requests after the attacker's last, which a newest-rows monitor keeps instead")
                    .isGreaterThan(NetworkMonitorViewModel.CAPACITY);
            HostSummary summary = on(() -> network.hosts().stream().filter(h -> h.host().equals(attacker))
                    .findFirst().orElseThrow());
            assertThat(summary.known()).isFalse();
            assertThat(summary.requests()).isEqualTo(fromAttacker.size());

            assertThat(all(network, "", TrafficKind.UNKNOWN_HOST)).hasSize(journaled(t -> !known.contains(host(t))).size());
            assertThat(all(network, "", TrafficKind.WRITES)).hasSize(journaled(Transaction::isWrite).size());
            assertThat(all(network, "", TrafficKind.REFUSED))
                    .hasSize(journaled(t -> t.outcome() == TrafficOutcome.REFUSED).size());
            assertThat(all(network, "", TrafficKind.DROPPED))
                    .hasSize(journaled(t -> t.outcome() == TrafficOutcome.DROPPED).size());
        } finally {
            ui.shutdownNow();
        }
    }

    /**
     * The drill as {@code icsdrill run --scenario} starts it, paused at plant time 0 so the console
     * is there from the start; at {@code -Dicsdrill.drillSpeed=10} it plays at x10 (an hour in six minutes).
     */
    private SimulatorHost drill(Scenario scenario, HostAddresses hosts, Set<String> known) throws Exception {
        Path out = dir.resolve("run");
        Speed speed = Speed.parse(System.getProperty("icsdrill.drillSpeed", "max"));
        RunOptions options = new RunOptions(scenario.plants(), speed, scenario.duration(), scenario.seed(), 0, 0,
                InetAddress.getLoopbackAddress(), dir.resolve("data"), scenario.startTime().orElse(null),
                out.resolve("transactions.jsonl"), Set.of(), false).inZone(scenario.timeZone());
        return SimulatorHost.start(options, h -> {
            h.journal().subscribe(t -> tally(t, known));
            LiveEffectContext context = new LiveEffectContext(h.simulation(), h.policy(), h.plantEndpoints(), hosts)
                    .withOpcUa(h.opcUa().endpointUrl());
            h.opcUa().scadaPath().setScadaHost(hosts.scada().getHostAddress());
            h.exercise().setKnownHosts(List.copyOf(known));
            h.closeOnStop(ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, true)
                    .recordJournal(h.journal()).withExercise(h.exercise(), false));
            h.driver().pause();
        });
    }

    private void tally(Transaction t, Set<String> known) {
        perHost.computeIfAbsent(host(t), h -> new AtomicLong()).incrementAndGet();
        plantTimes.add(t.plantTimeSeconds());
        if (t.isWrite() || !known.contains(host(t)) || t.outcome() != TrafficOutcome.ANSWERED) {
            notable.add(t);
        }
    }

    private long after(double plantTime) {
        return plantTimes.stream().filter(t -> t > plantTime).count();
    }

    /** Plant-time windows of the ground truth's attacks, start to stop (or the end of the run). */
    private static List<double[]> attackWindows(List<TimelineEntry> timeline) {
        return timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.ATTACK_STARTED)
                .map(start -> new double[] {start.plantTime(), timeline.stream()
                        .filter(e -> e.kind() == TimelineEntry.Kind.ATTACK_STOPPED && e.what().equals(start.what()))
                        .mapToDouble(TimelineEntry::plantTime).findFirst().orElse(Double.MAX_VALUE)})
                .toList();
    }

    private long count(String host) {
        AtomicLong n = perHost.get(host);
        return n == null ? -1 : n.get();
    }

    private List<Transaction> journaled(Predicate<Transaction> which) {
        return notable.stream().filter(which).toList();
    }

    /** Every row the monitor finds for a filter: the newest page, then older pages until none is left. */
    private List<TrafficRow> all(NetworkMonitorViewModel network, String host, TrafficKind kind) throws Exception {
        on(() -> {
            network.sourceProperty().set(host);
            network.kindProperty().set(kind);
            return null;
        });
        await(kind + " from the server", 10, () -> on(() -> !network.busyProperty().get()));
        while (on(() -> network.olderAvailableProperty().get())) {
            on(() -> {
                network.older();
                return null;
            });
            await("an older page", 10, () -> on(() -> !network.busyProperty().get()));
        }
        List<TrafficRow> rows = on(() -> List.copyOf(network.shown()));
        assertThat(rows.stream().map(r -> r.item().seq()).distinct().count()).as("each once").isEqualTo(rows.size());
        return rows;
    }

    private static String host(Transaction t) {
        return SourceAddress.hostOf(t.source());
    }

    private <T> T on(Callable<T> read) {
        try {
            return ui.submit(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        assertThat(Await.within(Duration.ofSeconds(seconds), condition)).as("within %d s: %s", seconds, what).isTrue();
    }
}
