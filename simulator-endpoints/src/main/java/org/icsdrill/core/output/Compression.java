package org.icsdrill.core.output;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a run's bulky outputs are written (ADR 23): plain, zstd ({@code .zst}, what long runs write: {@code zstdcat},
 * pandas, tshark read it) or gzip ({@code .gz}). The compression is named by the file's suffix, so a writer given
 * {@code historian.csv.zst} writes zstd, and a reader asked for {@code historian.csv} finds whichever of the three a
 * run wrote. Compressed bytes depend only on the bytes written and where the writer flushes: same bytes, same
 * file, except for writers that flush on the wall clock (the transaction journal), whose decompressed bytes are
 * still the same.
 */
public enum Compression {
    NONE(""),
    ZSTD(".zst"),
    GZIP(".gz");

    /** zstd's fastest level: on the run's outputs also among its smallest (docs/performance.md). */
    static final int ZSTD_LEVEL = 1;
    private static final int BUFFER = 1 << 16;

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    /** {@code name} with this compression's suffix: {@code historian.csv} becomes {@code historian.csv.zst}. */
    public String fileName(String name) {
        return name + suffix;
    }

    /** {@code none}, {@code zstd} or {@code gzip}. */
    public static Compression parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The compression a file's name says. */
    public static Compression of(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ZSTD.suffix) ? ZSTD : name.endsWith(GZIP.suffix) ? GZIP : NONE;
    }

    /** Opens {@code file} for writing (folders created), compressed as its name says, buffered. */
    public static OutputStream create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
        return switch (of(file)) {
            case NONE -> out;
            case GZIP -> new GZIPOutputStream(out, BUFFER); // mtime 0 in the header: same bytes, same file
            case ZSTD -> new BufferedOutputStream(new ZstdOutputStreamNoFinalizer(out, ZSTD_LEVEL), BUFFER);
        };
    }

    /**
     * The file a run wrote for {@code plain} ({@code historian.csv}): itself, or its {@code .zst} or {@code .gz}
     * form; empty when there is none. {@code plain} may already name a compressed file.
     */
    public static Optional<Path> find(Path plain) {
        if (Files.exists(plain)) {
            return Optional.of(plain);
        }
        for (Compression c : new Compression[] {ZSTD, GZIP}) {
            Path compressed = plain.resolveSibling(c.fileName(plain.getFileName().toString()));
            if (Files.exists(compressed)) {
                return Optional.of(compressed);
            }
        }
        return Optional.empty();
    }

    /** {@code plain} or the compressed form a run wrote, decompressed, buffered; the plain path when neither exists. */
    public static InputStream open(Path plain) throws IOException {
        Path file = find(plain).orElse(plain);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        return switch (of(file)) {
            case NONE -> in;
            case GZIP -> new GZIPInputStream(in, BUFFER);
            case ZSTD -> new BufferedInputStream(new ZstdInputStreamNoFinalizer(in), BUFFER);
        };
    }
}
