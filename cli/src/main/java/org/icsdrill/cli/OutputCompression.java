package org.icsdrill.cli;

import java.time.Duration;
import java.util.Locale;
import org.icsdrill.core.output.Compression;
import picocli.CommandLine;

/**
 * {@code --compress}: a compression, or {@code auto}, zstd for runs longer than {@link #LONG_RUN} of plant time (the
 * runs whose outputs weigh: a day of four plants is over a gigabyte plain) and none for the others (ADR 23).
 */
record OutputCompression(Compression chosen) {

    static final Duration LONG_RUN = Duration.ofHours(1);
    static final OutputCompression AUTO = new OutputCompression(null);

    Compression forRun(Duration plantTime) {
        if (chosen != null) {
            return chosen;
        }
        return plantTime != null && plantTime.compareTo(LONG_RUN) > 0 ? Compression.ZSTD : Compression.NONE;
    }

    static final class Converter implements CommandLine.ITypeConverter<OutputCompression> {
        @Override
        public OutputCompression convert(String value) {
            String name = value.trim().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "auto" -> AUTO;
                case "zstd", "gzip", "none" -> new OutputCompression(Compression.parse(name));
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "': expected auto, zstd, gzip or none");
            };
        }
    }
}
