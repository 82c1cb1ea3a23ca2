package org.icsdrill.cli;

import java.time.Duration;
import org.icsdrill.core.sim.DurationText;
import org.icsdrill.core.sim.Speed;
import picocli.CommandLine;

/** Option converters whose errors become usage errors (exit 2), not stack traces. */
final class Converters {

    private Converters() {
    }

    static final class SpeedConverter implements CommandLine.ITypeConverter<Speed> {
        @Override
        public Speed convert(String value) {
            try {
                return Speed.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return DurationText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
