package org.icsdrill.evidence.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed forcibly in the middle of a run leaves a record that opens and reports. */
class RecordCrashTest {

    /** Plant seconds: past the rogue write (20 s) and 10 s into the set-point attack (30 s to 60 s). */
    private static final long KILL_AFTER = 40;

    @Test
    void aKilledRunLeavesARecordUpToAboutTheKill(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                RecordCrashChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch reached = new CountDownLatch(1);
        AtomicLong lastSecond = new AtomicLong(-1);
        Queue<String> other = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("t ")) {
                        lastSecond.set(Long.parseLong(line.substring(2)));
                        if (lastSecond.get() >= KILL_AFTER) {
                            reached.countDown();
                        }
                    } else {
                        other.add(line);
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the child dies
            }
        }, "record-crash-child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("the child started and wrote; its output: %s", other)
                    .isTrue();
            assertThat(reached.await(60, TimeUnit.SECONDS)).as("plant second %d printed; its output: %s", KILL_AFTER,
                    other).isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        reader.join(10_000); // the pipe is at its end: every second the child printed has been read
        assertThat(reader.isAlive()).isFalse();
        long killedAt = lastSecond.get();
        assertThat(killedAt).as("plant seconds printed before the kill").isGreaterThanOrEqualTo(KILL_AFTER);

        try (RecordReader record = RecordReader.open(dir.resolve(ExerciseRecord.FILE))) {
            assertThat(record.closedCleanly()).isFalse();
            assertThat(record.meta()).containsEntry("scenario_id", "record-test");
            long lastRow = record.historianRange("chemical").orElseThrow()[1];
            System.out.println("killed after plant second " + killedAt + "; last historian row " + lastRow);
            // committed every 200 ms of wall time: at 10x a wall second is 10 plant seconds; allow a
            // second wall second for scheduling on a loaded machine (seen: 2 plant seconds lost)
            assertThat(lastRow).as("last historian second vs %d s printed", killedAt)
                    .isBetween(killedAt - 20, killedAt);
            assertThat(record.count("historian_chemical")).isEqualTo(lastRow + 1);
            List<RecordReader.Attack> attacks = record.attacks();
            assertThat(attacks).extracting(RecordReader.Attack::id).contains("rogue-write", "setpoint");
            assertThat(record.transactionCountsBySource()).containsKeys("127.0.0.10", "127.0.0.66");
            assertThat(record.events()).isNotEmpty();
        }
    }
}
