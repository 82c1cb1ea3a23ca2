package org.icsdrill.evidence.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.icsdrill.core.output.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset's label counts, from a run's labels.csv as a short run writes it or compressed as a long one does. */
class LabelCountsTest {

    static final String LABELS = """
            timestamp,attack,gas_attack,technique,step,stage
            2026-01-15T09:00:00Z,0,0,,,phish
            2026-01-15T09:00:01Z,1,1,T0846,scan,
            2026-01-15T09:00:02Z,1,1,T0846;T0855,scan;write,
            2026-01-15T09:00:03Z,0,0,,,
            """;

    @TempDir
    Path dir;

    @Test
    void plainZstdAndGzipLabelsCountTheSame() throws Exception {
        LabelCounts expected = new LabelCounts(4, 2, Map.of("scan", 2L, "write", 1L), Map.of("phish", 1L));
        for (Compression c : Compression.values()) {
            Path run = Files.createDirectories(dir.resolve(c.name()));
            try (OutputStream out = Compression.create(run.resolve(c.fileName("labels.csv")))) {
                out.write(LABELS.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(LabelCounts.of(run)).as(c.name()).isEqualTo(expected);
        }
    }

    @Test
    void aRunWithoutLabelsCountsNothing() throws Exception {
        assertThat(LabelCounts.of(dir)).isEqualTo(new LabelCounts(0, 0, Map.of(), Map.of()));
    }
}
