package org.icsdrill.cli;

import java.time.Duration;
import org.icsdrill.api.DurationText;
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

    /** A run's length: a duration greater than zero. */
    static final class PositiveDurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration = new DurationConverter().convert(value);
            if (duration.isZero()) {
                throw new CommandLine.TypeConversionException("must be positive, like 90s, 10m30s or 2h");
            }
            return duration;
        }
    }

    /** The console's languages: English and Japanese (CSSC's international and domestic courses). */
    static final class LanguageConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String lang = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (!lang.equals("ja") && !lang.equals("en")) {
                throw new CommandLine.TypeConversionException("the console speaks ja or en, not '" + value + "'");
            }
            return lang;
        }
    }
}
