package org.icsdrill.evidence.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ground-truth files' writer: a header, then one formatted line per record, in order, none dropped. */
class AsyncLineWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheHeaderThenEachRecordOnItsOwnLineInOrder() throws Exception {
        Path file = dir.resolve("out.csv");
        try (AsyncLineWriter<Integer> writer = new AsyncLineWriter<>(file, "n,square", n -> n + "," + n * n)) {
            writer.add(1);
            writer.add(2);
            writer.add(12);
        }

        assertThat(Files.readAllLines(file)).containsExactly("n,square", "1,1", "2,4", "12,144");
        assertThat(Files.readString(file)).endsWith("144\n");
    }

    @Test
    void withoutAHeaderTheFileHoldsOnlyTheRecordsAndEmptyWhenThereAreNone() throws Exception {
        Path some = dir.resolve("some.jsonl");
        Path none = dir.resolve("none.jsonl");
        try (AsyncLineWriter<String> writer = new AsyncLineWriter<>(some, null, s -> "{\"s\":\"" + s + "\"}")) {
            writer.add("a");
        }
        new AsyncLineWriter<String>(none, null, s -> s).close();

        assertThat(Files.readAllLines(some)).containsExactly("{\"s\":\"a\"}");
        assertThat(Files.size(none)).isZero();
    }

    @Test
    void linesAreUtf8AndMissingFoldersAreCreated() throws Exception {
        Path file = dir.resolve("run/7/events.txt");
        try (AsyncLineWriter<String> writer = new AsyncLineWriter<>(file, "température", s -> s)) {
            writer.add("反応器 ✓");
        }

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("température", "反応器 ✓");
        assertThat(Files.readAllBytes(file)).hasSize("température\n".getBytes(StandardCharsets.UTF_8).length
                + "反応器 ✓\n".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void moreRecordsThanTheQueueHoldsAreAllWrittenInOrder() throws Exception {
        // the queue holds 65,536: past that the producer waits for the writer, nothing is dropped
        int records = 150_000;
        Path file = dir.resolve("many.csv");
        try (AsyncLineWriter<Integer> writer = new AsyncLineWriter<>(file, "n", String::valueOf)) {
            IntStream.range(0, records).forEach(writer::add);
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(records + 1);
        for (int i = 0; i < records; i++) {
            assertThat(lines.get(i + 1)).isEqualTo(String.valueOf(i));
        }
    }

    @Test
    void aFileThatCannotBeCreatedIsReportedAtOnce() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file");

        assertThatThrownBy(() -> new AsyncLineWriter<String>(notAFolder.resolve("labels.csv"), "h", s -> s))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + notAFolder.resolve("labels.csv"));
    }

    @Test
    void aWriteThatFailsOnTheWriterThreadIsReportedAtClose() {
        Path full = Path.of("/dev/full"); // every write to it fails: no space left on device
        assumeTrue(Files.isWritable(full), "/dev/full (Linux)");
        AsyncLineWriter<String> writer = new AsyncLineWriter<>(full, "header", s -> s);
        writer.add("a record");

        assertThatThrownBy(writer::close).isInstanceOf(UncheckedIOException.class).hasMessage("writing failed");
    }

    @Test
    void aRecordThatCannotBeFormattedFailsTheWriterAndIsReportedWithoutAHang(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.csv");
        AsyncLineWriter<String> writer = new AsyncLineWriter<>(file, "h", s -> {
            if (s.equals("bad")) {
                throw new IllegalArgumentException("cannot format " + s);
            }
            return s;
        });
        writer.add("good");
        writer.add("bad");

        // more than the queue holds: the producer is told of the failure instead of waiting for ever
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100_000; i++) {
                writer.add("after " + i);
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot format bad");
        assertThatThrownBy(writer::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot format bad");
        assertThat(Files.readAllLines(file)).containsExactly("h", "good"); // what came before is flushed
    }

    @Test
    void anInterruptDropsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        AsyncLineWriter<String> writer = new AsyncLineWriter<>(file, null, s -> s);
        Thread.currentThread().interrupt();
        writer.add("kept although interrupted");
        writer.close();

        assertThat(Thread.interrupted()).as("the caller's interrupt flag is kept").isTrue();
        assertThat(Files.readAllLines(file)).containsExactly("kept although interrupted");
    }
}
