package org.icsdrill.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WallTimeTextTest {

    @Test
    void writesWhatInstantToStringWrites() {
        WallTimeText text = new WallTimeText();
        SplittableRandom random = new SplittableRandom(15);
        long base = Instant.parse("2026-12-05T04:37:01Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = i % 3 == 0 ? base + i / 7 : random.nextLong(0, 253_402_300_799L); // up to 9999-12-31
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            int length = text.format(instant);
            assertThat(new String(text.chars(), 0, length)).isEqualTo(instant.toString());
        }
    }
}
