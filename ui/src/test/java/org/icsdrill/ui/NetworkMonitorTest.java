package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;
import static org.icsdrill.ui.SimulatorFixture.on;

import java.util.HashSet;
import java.util.List;
import org.icsdrill.api.HostSummary;
import org.icsdrill.api.SourceAddress;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.ui.network.NetworkMonitorViewModel;
import org.icsdrill.ui.network.TrafficRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network monitor against a live simulator: an unknown host's requests found by paging from the
 * server long after the live window moved on, dropped and refused writes shown as such, and a row
 * isolated and declared. The UI executor is a plain thread.
 */
class NetworkMonitorTest extends OperatorScreensTest {

    private static final String SCANNER = "127.0.0.67";
    private static final String KNOWN = "127.0.0.1";

    static NetworkMonitorViewModel network;

    @BeforeAll
    static void connect() throws Exception {
        open("chemical");
        network = screens.network();
    }

    @Test
    void anUnknownHostsRequestsAreAllFoundLongAfterTheLiveWindowMovedOn() throws Exception {
        RogueHost.read(simulator, SCANNER, "chemical", "R1.TT101", 450);
        // then a known host's routine polling, far more than the live window and the console's own memory
        RogueHost.read(simulator, KNOWN, "chemical", "R1.TT101", 3_000);
        long sent = simulator.journal.recent().stream().filter(t -> from(t, SCANNER)).count();
        assertThat(sent).isEqualTo(450);
        await("the scanner in the summary", () -> on(ui, () -> host(SCANNER) != null && host(SCANNER).requests() == sent));
        assertThat(on(ui, () -> host(SCANNER).known())).isFalse();

        on(ui, () -> {
            network.sourceProperty().set(SCANNER);
            return null;
        });
        await("the newest page", () -> on(ui, () -> network.shown().size() >= 200 && !network.busyProperty().get()));
        while (on(ui, () -> network.olderAvailableProperty().get())) {
            on(ui, () -> {
                network.older();
                return null;
            });
            await("an older page", () -> on(ui, () -> !network.busyProperty().get()));
        }

        List<TrafficRow> rows = on(ui, () -> List.copyOf(network.shown()));
        assertThat(rows).hasSize((int) sent);
        assertThat(new HashSet<>(rows.stream().map(r -> r.item().seq()).toList())).hasSize(rows.size());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.item().sourceHost()).isEqualTo(SCANNER);
            assertThat(r.flagged()).isTrue();
        });
        assertThat(rows.get(0).item().seq()).isGreaterThan(rows.get(rows.size() - 1).item().seq());
    }

    @Test
    void droppedAndRefusedWritesShowAsSuchAndEachKindFindsThem() throws Exception {
        simulator.policy.blockCommands(SourcePolicy.Origin.ATTACK, RogueHost.ADDRESS);
        try {
            assertThat(RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 358.0).isGood()).isTrue();
        } finally {
            simulator.policy.unblockCommands(SourcePolicy.Origin.ATTACK, RogueHost.ADDRESS);
        }
        assertThat(RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 99_999.0).isGood()).isFalse();

        assertThat(kind(TrafficKind.DROPPED)).anySatisfy(r -> {
            assertThat(r.item().values()).isEqualTo("358.0");
            assertThat(r.item().outcome()).isEqualTo(TrafficOutcome.DROPPED);
        });
        assertThat(kind(TrafficKind.REFUSED)).anySatisfy(r -> {
            assertThat(r.item().values()).isEqualTo("99999.0");
            assertThat(r.item().result()).startsWith("Bad_");
        });
        assertThat(kind(TrafficKind.WRITES)).extracting(r -> r.item().values()).contains("358.0", "99999.0");
        await("both counted in the summary", () -> on(ui, () -> host(RogueHost.ADDRESS) != null
                && host(RogueHost.ADDRESS).dropped() >= 1 && host(RogueHost.ADDRESS).refused() >= 1));
    }

    @Test
    void aRowsHostIsIsolatedAndDeclaredFromTheMonitor() throws Exception {
        String intruder = "127.0.0.68";
        RogueHost.read(simulator, intruder, "chemical", "R1.TT101", 1);
        on(ui, () -> {
            network.kindProperty().set(TrafficKind.ALL);
            network.sourceProperty().set(intruder);
            return null;
        });
        await("the intruder's read", () -> on(ui, () -> network.shown().size()) == 1);
        TrafficRow row = on(ui, () -> network.shown().get(0));

        on(ui, () -> {
            network.isolate(row);
            network.declare(row);
            return null;
        });
        await("isolated", () -> simulator.policy.isolatedHosts().contains(intruder));
        await("the answer", () -> on(ui, () -> network.answer().textProperty().get()).contains(intruder));
        var response = screens.response();
        assertThat(on(ui, () -> response.declarationPlantProperty().get())).isEqualTo("chemical");
        assertThat(on(ui, () -> response.assetsProperty().get())).isEqualTo(intruder);
        assertThat(on(ui, () -> response.textProperty().get())).contains(intruder, "network monitor");
    }

    /** The rows of one kind, after the server answered its newest page. */
    private static List<TrafficRow> kind(TrafficKind kind) throws InterruptedException {
        on(ui, () -> {
            network.sourceProperty().set(NetworkMonitorViewModel.ANY);
            network.kindProperty().set(kind);
            return null;
        });
        await("the " + kind + " page", () -> on(ui, () -> !network.busyProperty().get() && !network.shown().isEmpty()
                && network.shown().stream().allMatch(r -> kind.matches(r.item()))));
        return on(ui, () -> List.copyOf(network.shown()));
    }

    private static HostSummary host(String address) {
        return network.hosts().stream().filter(h -> h.host().equals(address)).findFirst().orElse(null);
    }

    private static boolean from(Transaction t, String host) {
        return SourceAddress.hostOf(t.source()).equals(host);
    }
}
