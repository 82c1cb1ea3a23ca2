package org.icsdrill.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdrill.api.HostSummary;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.api.TrafficPage;
import org.icsdrill.api.TrafficQuery;
import org.icsdrill.core.net.KnownHosts;
import org.junit.jupiter.api.Test;

/** What the ledger keeps, how it pages, and what it gives up at its bound. */
class TrafficLedgerTest {

    private static final String SCADA = "127.0.0.10";
    private static final String ATTACKER = "127.0.0.66";

    private final KnownHosts known = new KnownHosts();
    private long seq;

    TrafficLedgerTest() {
        known.set(List.of(SCADA));
    }

    @Test
    void aKnownHostSpeakingOutOfRoleIsKeptAndFoundWithTheUnknownHosts() {
        known.set(List.of(SCADA, "127.0.0.1"));
        known.restrict(java.util.Map.of("127.0.0.1", java.util.Set.of("opcua"))); // the HMI station
        TrafficLedger ledger = new TrafficLedger(known);
        ledger.add(read(SCADA, TrafficOutcome.ANSWERED));
        ledger.add(read("127.0.0.1", TrafficOutcome.ANSWERED)); // an mbpoll read from the HMI station

        TrafficPage flagged = ledger.page(TrafficQuery.newest("", TrafficKind.UNKNOWN_HOST, "", 100));
        assertThat(flagged.items()).singleElement().satisfies(i -> {
            assertThat(i.sourceHost()).isEqualTo("127.0.0.1");
            assertThat(i.unknownSource()).isFalse();
            assertThat(i.unusualProtocol()).isTrue();
        });
    }

    @Test
    void countsEveryRequestButKeepsOnlyWritesUnknownHostsRefusalsAndDrops() {
        TrafficLedger ledger = new TrafficLedger(known);
        ledger.add(read(SCADA, TrafficOutcome.ANSWERED));
        ledger.add(read(SCADA, TrafficOutcome.ANSWERED));
        ledger.add(read(SCADA, TrafficOutcome.DROPPED)); // its answer withheld on the path
        ledger.add(write(SCADA, TrafficOutcome.ANSWERED));
        ledger.add(read(ATTACKER, TrafficOutcome.ANSWERED));
        ledger.add(write(ATTACKER, TrafficOutcome.REFUSED));

        TrafficPage all = ledger.page(TrafficQuery.newest("", TrafficKind.ALL, "", 100));
        assertThat(all.items()).extracting(TrafficItem::seq).containsExactly(6L, 5L, 4L, 3L);
        assertThat(all.more()).isFalse();
        assertThat(all.throughSeq()).isEqualTo(6);
        assertThat(ledger.page(TrafficQuery.newest("", TrafficKind.DROPPED, "", 100)).items())
                .extracting(TrafficItem::seq).containsExactly(3L);
        assertThat(ledger.page(TrafficQuery.newest(ATTACKER, TrafficKind.ALL, "", 100)).items()).hasSize(2);

        var summary = ledger.summary();
        assertThat(summary.hosts()).extracting(HostSummary::host).containsExactly(SCADA, ATTACKER);
        HostSummary scada = summary.hosts().get(0);
        assertThat(scada.known()).isTrue();
        assertThat(scada.requests()).isEqualTo(4);
        assertThat(scada.writes()).isEqualTo(1);
        assertThat(scada.dropped()).isEqualTo(1);
        assertThat(scada.kept()).isEqualTo(2);
        HostSummary attacker = summary.hosts().get(1);
        assertThat(attacker.known()).isFalse();
        assertThat(attacker.refused()).isEqualTo(1);
        assertThat(attacker.firstSeen()).isEqualTo(5.0);
        assertThat(attacker.lastSeen()).isEqualTo(6.0);
        assertThat(attacker.plants()).containsExactly("gas");
        assertThat(summary.lastSeq()).isEqualTo(6);
        assertThat(summary.keptLastSeq()).isEqualTo(6);
    }

    @Test
    void pagesBackwardsNewestFirstAndForwardsOldestFirst() {
        TrafficLedger ledger = new TrafficLedger(known);
        for (int i = 0; i < 5; i++) {
            ledger.add(write(SCADA, TrafficOutcome.ANSWERED)); // 1..5
            ledger.add(read(SCADA, TrafficOutcome.ANSWERED)); // not kept
        }
        TrafficQuery writes = TrafficQuery.newest("", TrafficKind.WRITES, "", 2);

        TrafficPage newest = ledger.page(writes);
        assertThat(newest.items()).extracting(TrafficItem::seq).containsExactly(9L, 7L);
        assertThat(newest.more()).isTrue();
        TrafficPage older = ledger.page(writes.from(7, false));
        assertThat(older.items()).extracting(TrafficItem::seq).containsExactly(5L, 3L);
        TrafficPage oldest = ledger.page(writes.from(3, false));
        assertThat(oldest.items()).extracting(TrafficItem::seq).containsExactly(1L);
        assertThat(oldest.more()).isFalse();

        TrafficPage forward = ledger.page(writes.from(3, true));
        assertThat(forward.items()).extracting(TrafficItem::seq).containsExactly(5L, 7L);
        assertThat(forward.more()).isTrue();
        assertThat(forward.throughSeq()).as("where to ask next").isEqualTo(7);
        TrafficPage last = ledger.page(writes.from(forward.throughSeq(), true));
        assertThat(last.items()).extracting(TrafficItem::seq).containsExactly(9L);
        assertThat(last.more()).isFalse();
        assertThat(last.throughSeq()).isEqualTo(9);
    }

    @Test
    void atTheBoundAFloodingHostGivesUpItsOwnOldestReadsFirst() {
        TrafficLedger ledger = new TrafficLedger(known, 10);
        TrafficItem scadaWrite = write(SCADA, TrafficOutcome.ANSWERED);
        ledger.add(scadaWrite);
        TrafficItem attackerWrite = write(ATTACKER, TrafficOutcome.ANSWERED);
        ledger.add(attackerWrite);
        for (int i = 0; i < 50; i++) {
            ledger.add(read(ATTACKER, TrafficOutcome.ANSWERED));
        }

        List<TrafficItem> kept = ledger.page(TrafficQuery.newest("", TrafficKind.ALL, "", 100)).items();
        assertThat(kept).hasSize(10).contains(scadaWrite, attackerWrite);
        assertThat(kept.get(0).seq()).as("the newest read is kept").isEqualTo(seq);
        var summary = ledger.summary();
        assertThat(summary.evicted()).isEqualTo(42);
        HostSummary attacker = summary.hosts().get(1);
        assertThat(attacker.requests()).as("counted all the same").isEqualTo(51);
        assertThat(attacker.kept()).isEqualTo(9);
        assertThat(attacker.evicted()).isEqualTo(42);
    }

    private TrafficItem read(String host, TrafficOutcome outcome) {
        return item(host, false, outcome);
    }

    private TrafficItem write(String host, TrafficOutcome outcome) {
        return item(host, true, outcome);
    }

    private TrafficItem item(String host, boolean write, TrafficOutcome outcome) {
        long n = ++seq;
        return new TrafficItem(n, n, "2026-01-15T09:00:00Z", "gas", host + ":50000", "modbus",
                write ? "FC06 write single register" : "FC03 read holding registers", "holding_register 0+1", "1",
                outcome == TrafficOutcome.ANSWERED ? "ok" : "exception 02 illegal data address", write, outcome,
                known.isUnknown(host), known.isUnusual(host, "modbus"));
    }
}
