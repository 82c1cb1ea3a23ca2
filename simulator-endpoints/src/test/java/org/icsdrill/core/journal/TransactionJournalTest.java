package org.icsdrill.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.api.TrafficOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionJournalTest {

    @TempDir
    Path dir;

    private static Transaction write(int i) {
        return new Transaction(i * 0.1, Instant.parse("2026-11-25T10:00:00Z").plusMillis(i), "chemical",
                "127.0.0.66:40000", "modbus", "FC06 write single register", "holding_register 4+1",
                "R1.TIC101.SP=\"355\"", "ok", TrafficOutcome.ANSWERED);
    }

    @Test
    void appendsEveryTransactionAsOneJsonLine() throws Exception {
        Path file = dir.resolve("journal/transactions.jsonl");
        try (TransactionJournal journal = TransactionJournal.toFile(10, file)) {
            for (int i = 0; i < 100; i++) {
                journal.record(write(i));
            }
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(100);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("source").asText()).isEqualTo("127.0.0.66:40000");
        assertThat(first.get("values").asText()).isEqualTo("R1.TIC101.SP=\"355\"");
        assertThat(first.get("wall_time").asText()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(first.get("outcome").asText()).isEqualTo("answered");
        assertThat(new ObjectMapper().readTree(lines.get(99)).get("plant_time").asDouble()).isEqualTo(9.9);
    }

    @Test
    void keepsTheNewestInMemoryAndTellsListeners() {
        List<Transaction> seen = new ArrayList<>();
        TransactionJournal journal = TransactionJournal.inMemory(10);
        journal.subscribe(seen::add);
        for (int i = 0; i < 25; i++) {
            journal.record(write(i));
        }
        assertThat(journal.recent()).hasSize(10).first().extracting(Transaction::plantTimeSeconds).isEqualTo(1.5);
        assertThat(seen).hasSize(25);
        assertThat(seen.get(0).isWrite()).isTrue();
    }
}
