package org.icsdrill.evidence.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.evidence.run.ScenarioRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario run writes a record whose tables hold what happened; the reader and the CSV export read it. */
class ExerciseRecordTest {

    @TempDir
    static Path dir;
    static Path file;
    static long droppedAtEnd;

    @BeforeAll
    static void play() throws Exception {
        try (RecordedRun run = new RecordedRun(dir)) {
            run.simulation.advance(Duration.ofSeconds(90));
            ExerciseRecord record = run.record();
            record.declare(45, "alice", "chemical", "setpoint", "T0836", "set point moved without a work order");
            record.declare(50, "bob", "", "engineering", "", "T0843", "a download nobody made");
            record.action(47, "alice", ResponseAction.RESTORE_PARAMETERS, "chemical.R1.TIC101.SP", "back to 350 K");
            record.injectAnswer(12, "bob", "inject-1", 0, "Anything unusual?", "no");
            record.note(46, "sato", "Alice found it first");
            record.language("ja");
            HostEventLog hosts = new HostEventLog(run.simulation::plantTimeSeconds);
            record.recordHostEvents(hosts);
            hosts.log(HostEventLog.Entry.of("remote-access", HostEventAction.LOGON, false, "vpn logon: the account is"
                    + " disabled").by("vendor-support").causedBy("stolen-vpn"));
            hosts.log(HostEventLog.Entry.of("office-pc-1", HostEventAction.NETWORK_CONNECTION, true,
                    "connected to mail").by("a.tanaka").to("127.0.40.25", 443, "https"));
            droppedAtEnd = record.dropped();
        }
        file = dir.resolve(ExerciseRecord.FILE);
    }

    @Test
    void metaNamesTheScenarioSeedStartAndPlants() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.meta()).containsEntry("scenario_id", "record-test").containsEntry("seed", "7")
                    .containsEntry("start_time", "2026-01-15T09:00:00Z").containsEntry("plants", "chemical")
                    .containsEntry("dropped_rows", "0").containsKeys("icsdrill_version", "closed_at");
            assertThat(record.closedCleanly()).isTrue();
            assertThat(droppedAtEnd).isZero();
        }
    }

    @Test
    void attacksHaveTheirWindowsAndEventsTheTimeline() {
        try (RecordReader record = RecordReader.open(file)) {
            List<RecordReader.Attack> attacks = record.attacks();
            assertThat(attacks).extracting(RecordReader.Attack::id).containsExactly("rogue-write", "setpoint");
            RecordReader.Attack rogue = attacks.get(0);
            assertThat(rogue.technique()).isEqualTo("T0855");
            assertThat(rogue.start()).isEqualTo(20.0);
            assertThat(rogue.end()).hasValue(40.0);
            assertThat(rogue.sourceHost()).isEqualTo("127.0.0.66");
            assertThat(rogue.targets()).containsExactly("chemical.R1.TIC101.SP");
            RecordReader.Attack setpoint = attacks.get(1);
            assertThat(setpoint.start()).isEqualTo(30.0);
            assertThat(setpoint.end()).hasValue(60.0);
            assertThat(setpoint.parametersJson()).contains("\"value\":358");
            assertThat(record.events()).extracting(RecordReader.Event::type).containsSubsequence("inject",
                    "attack_started", "attack_started", "attack_stopped", "fault_started", "attack_stopped",
                    "fault_stopped", "scenario_ended");
            assertThat(record.events().get(0).text()).hasValue("Shift handover");
            assertThat(record.scenarioAttacks()).as("the timeline's attacks, whether they ran or not")
                    .extracting(RecordReader.ScenarioAttack::id).contains("rogue-write", "setpoint");
        }
    }

    @Test
    void aDeclarationKeepsThePlantOrTheSiteHostItNames() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.declarations()).extracting(Declaration::place, Declaration::trainee)
                    .containsExactly(tuple("chemical", "alice"), tuple("engineering", "bob"));
        }
    }

    @Test
    void theSitesHostEventsAreKeptWithTheirGroundTruth() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.hostEvents()).containsExactly(
                    new HostEvent(1, 90, "remote-access", HostEventAction.LOGON, "failure", "vendor-support", "", "",
                            "vpn logon: the account is disabled", "stolen-vpn"),
                    new HostEvent(2, 90, "office-pc-1", HostEventAction.NETWORK_CONNECTION, "success", "a.tanaka",
                            "127.0.40.25:443", "https", "connected to mail", ""));
        }
    }

    @Test
    void theHistorianHasOneRowPerSecondWithViewAndTrueValues() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.historianRange("chemical")).hasValueSatisfying(
                    range -> assertThat(range).containsExactly(0, 89));
            assertThat(record.count("historian_chemical")).isEqualTo(90);
            List<RecordReader.Sample> setpoint = record.series("chemical", "R1.TIC101.SP", 0, 89);
            assertThat(setpoint).hasSize(90);
            assertThat(setpoint.get(10).trueValue()).isCloseTo(350, within(1e-6));
            // the rogue write is applied at the tick after 20 s; the set-point attack at 30 s
            assertThat(setpoint.get(25).trueValue()).isCloseTo(352, within(1e-4));
            assertThat(setpoint.get(45).trueValue()).isCloseTo(358, within(1e-4));
            assertThat(record.series("chemical", "R1.TT101", 50, 59)).hasSize(10)
                    .allSatisfy(s -> assertThat(s.view()).isBetween(300.0, 400.0));
        }
    }

    @Test
    void theJournalHoldsTheScadaPollsAndTheAttackersWrite() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.transactionCountsBySource()).containsKeys("127.0.0.10", "127.0.0.66");
            assertThat(record.transactionCountsBySource().get("127.0.0.10")).as("one poll cycle per plant-second")
                    .isGreaterThan(80);
            assertThat(record.transactionCountsBySource().get("127.0.0.66")).isEqualTo(1);
            // every request says what became of it, as the network monitor showed it
            assertThat(record.transactionCountsByOutcome()).containsKey("answered");
            assertThat(record.transactionCountsByOutcome().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(record.count("txn"));
        }
    }

    @Test
    void traineeTablesTakeDeclarationsActionsAndAnswers() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.count("declaration")).isEqualTo(2);
            assertThat(record.count("response_action")).isEqualTo(1);
            assertThat(record.count("inject_answer")).isEqualTo(1);
        }
    }

    @Test
    void instructorNotesLanguageAlarmLimitsAndPlantStatusAreKept() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.formatVersion()).isEqualTo(7);
            assertThat(record.instructorNotes()).singleElement().satisfies(n -> {
                assertThat(n.plantTime()).isEqualTo(46.0);
                assertThat(n.author()).isEqualTo("sato");
                assertThat(n.text()).isEqualTo("Alice found it first");
            });
            assertThat(record.meta()).containsEntry("language", "ja");
            assertThat(record.tagInfo("chemical")).filteredOn(t -> t.name().equals("R1.LT101")).singleElement()
                    .satisfies(t -> {
                        assertThat(t.highHigh()).isEqualTo(90.0);
                        assertThat(t.lowLow()).isEqualTo(20.0);
                        assertThat(t.unit()).isEqualTo("%");
                    });
            assertThat(record.statusChanges()).first().satisfies(s -> {
                assertThat(s.plantTime()).isZero();
                assertThat(s.status()).isEqualTo("running");
                assertThat(s.damage()).isEmpty();
            });
        }
    }

    @Test
    void alarmsAreCountedFromTheAlarmTable() {
        try (RecordReader record = RecordReader.open(file)) {
            long raised = record.alarmEventCounts().getOrDefault("raised", 0L);
            assertThat(record.alarmCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(raised);
        }
    }

    @Test
    void theCsvExportHasTheDocumentedHeaderAndLabels() throws Exception {
        Path csv = dir.resolve("export.csv");
        try (RecordReader record = RecordReader.open(file);
             var out = Files.newBufferedWriter(csv)) {
            assertThat(ExportCsv.write(record, ExportCsv.Values.VIEW, out)).isEqualTo(90);
        }
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        assertThat(header[0]).isEqualTo("timestamp");
        assertThat(header[1]).isEqualTo("chemical.R1.TT101");
        assertThat(header[header.length - 2]).isEqualTo("attack");
        assertThat(header[header.length - 1]).isEqualTo("chemical_attack");
        assertThat(lines).hasSize(91);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.split(",", -1)).hasSize(header.length);
        }
        assertThat(lines.get(1)).startsWith("2026-01-15T09:00:00Z,");
        assertThat(lines.get(1 + 19)).endsWith(",0,0");
        assertThat(lines.get(1 + 20)).startsWith("2026-01-15T09:00:20Z,").endsWith(",1,1");
        assertThat(lines.get(1 + 59)).endsWith(",1,1");
        assertThat(lines.get(1 + 60)).endsWith(",0,0");
        // the same windows as labels.csv
        List<String> labels = Files.readAllLines(dir.resolve(ScenarioRun.LABELS));
        for (int second = 0; second < 90; second++) {
            String[] label = labels.get(1 + second).split(",", -1);
            String[] row = lines.get(1 + second).split(",", -1);
            assertThat(row[row.length - 2]).as("attack at %d s", second).isEqualTo(label[1]);
        }
    }
}
