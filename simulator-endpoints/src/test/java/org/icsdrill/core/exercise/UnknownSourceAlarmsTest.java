package org.icsdrill.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write from outside the site's inventory, 127.0.0.1 included, is flagged in the journal and alarmed. */
class UnknownSourceAlarmsTest {

    @TempDir
    Path dir;

    @Test
    void aWriteFromAnUnknownSourceIsFlaggedInTheJournalAndRaisesAnAlarmUntilAcknowledged() throws Exception {
        Simulation simulation = new Simulation(SimulationConfig.defaults(1), List.of(new TankPlant()));
        String plant = simulation.plantIds().get(0);
        Path file = dir.resolve("transactions.jsonl");
        TransactionJournal journal = TransactionJournal.toFile(100, file);
        Exercise exercise = new Exercise(simulation, new SimulationDriver(simulation, Speed.REAL_TIME),
                new SourcePolicy(), journal);
        exercise.setKnownHosts(List.of("127.0.0.10", "127.0.0.20", "127.0.0.30"));

        journal.record(write(plant, "127.0.0.10:40000"));
        assertThat(exercise.networkAlarms()).isEmpty();
        journal.record(write(plant, "127.0.0.1:51234"));
        journal.record(write(plant, "127.0.0.1:51234"));

        assertThat(exercise.networkAlarms()).singleElement().satisfies(alarm -> {
            assertThat(alarm.plant()).isEqualTo(plant);
            assertThat(alarm.tag()).isEqualTo(UnknownSourceAlarms.TAG);
            assertThat(alarm.acknowledged()).isFalse();
            assertThat(alarm.value()).isEqualTo(2);
            assertThat(alarm.message()).contains("127.0.0.1", "FC16");
        });
        Actor operator = new Actor("operator", "127.0.0.30");
        exercise.acknowledgeAlarm(operator, plant, UnknownSourceAlarms.TAG);
        assertThat(exercise.networkAlarms()).isEmpty();
        assertThatThrownBy(() -> exercise.acknowledgeAlarm(operator, plant, UnknownSourceAlarms.TAG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(exercise.timeline()).anySatisfy(e -> assertThat(e.kind())
                .isEqualTo(TimelineEntry.Kind.ALARM_ACKNOWLEDGED));

        exercise.close();
        journal.close();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).doesNotContain("unknown_source");
        assertThat(lines.get(1)).contains("\"unknown_source\":true");
    }

    @Test
    void aModbusWriteFromTheHmiStationRaisesTheAlarmAsUnusualNotUnknown() throws Exception {
        Simulation simulation = new Simulation(SimulationConfig.defaults(1), List.of(new TankPlant()));
        String plant = simulation.plantIds().get(0);
        TransactionJournal journal = TransactionJournal.inMemory(100);
        Exercise exercise = new Exercise(simulation, new SimulationDriver(simulation, Speed.REAL_TIME),
                new SourcePolicy(), journal);
        exercise.setKnownHosts(List.of("127.0.0.1", "127.0.0.10"));
        exercise.setHostProtocols(java.util.Map.of("127.0.0.1", java.util.Set.of("opcua")));

        journal.record(write(plant, "127.0.0.10:40000"));
        assertThat(exercise.networkAlarms()).isEmpty();
        journal.record(write(plant, "127.0.0.1:51234")); // mbpoll at the HMI station

        assertThat(exercise.networkAlarms()).singleElement().satisfies(alarm -> {
            assertThat(alarm.message()).startsWith("write in a protocol its host does not speak, from 127.0.0.1: modbus FC16");
            assertThat(org.icsdrill.api.UnknownSourceAlarm.isUnusual(alarm.message())).isTrue();
            assertThat(org.icsdrill.api.UnknownSourceAlarm.detail(alarm.message())).startsWith("127.0.0.1: modbus");
        });
        exercise.close();
    }

    private static Transaction write(String plant, String source) {
        return new Transaction(1.0, Instant.now(), plant, source, "modbus", "FC16 write multiple registers",
                "holding_register 0+2", "42.0", "ok", TrafficOutcome.ANSWERED);
    }
}
