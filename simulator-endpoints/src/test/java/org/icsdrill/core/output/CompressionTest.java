package org.icsdrill.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTest {

    @TempDir
    Path dir;

    @Test
    void eachCompressionReadsBackTheSameBytesAndWritesTheSameFileTwice() throws Exception {
        byte[] text = "timestamp,a:view,a:true\n2026-01-01T00:00:00Z,1.5,1.5\n".repeat(5_000)
                .getBytes(StandardCharsets.UTF_8);
        for (Compression c : Compression.values()) {
            Path first = dir.resolve("one").resolve(c.fileName("historian.csv"));
            Path second = dir.resolve("two").resolve(c.fileName("historian.csv"));
            for (Path file : new Path[] {first, second}) {
                try (OutputStream out = Compression.create(file)) {
                    out.write(text);
                }
            }
            assertThat(Compression.of(first)).isEqualTo(c);
            assertThat(Files.readAllBytes(first)).as(c + ": same bytes, same file").isEqualTo(Files.readAllBytes(second));
            assertThat(Compression.find(dir.resolve("one").resolve("historian.csv"))).contains(first);
            try (InputStream in = Compression.open(dir.resolve("one").resolve("historian.csv"))) {
                assertThat(in.readAllBytes()).as(c.name()).isEqualTo(text);
            }
            if (c != Compression.NONE) {
                assertThat(Files.size(first)).as(c + " compresses").isLessThan(text.length / 10);
            }
            Files.delete(first);
            Files.delete(second);
        }
    }
}
