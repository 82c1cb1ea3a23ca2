package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void parsesCombinedUnits() {
        assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("10m30s")).isEqualTo(Duration.ofSeconds(630));
        assertThat(DurationText.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void rejectsWhatIsNotADuration() {
        assertThatThrownBy(() -> DurationText.parse("2 hours")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> DurationText.parse("10")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> DurationText.parse("")).hasMessageContaining("empty");
    }

    @Test
    void formatsPlantClock() {
        assertThat(DurationText.clock(3725.9)).isEqualTo("01:02:05");
        assertThat(DurationText.clock(90_000)).isEqualTo("1d 01:00:00");
    }

    @Test
    void readsTheClockThatStartsAStatusLineAndWritesSpansInHours() {
        assertThat(DurationText.leadingClock(DurationText.clock(93_784) + " xmax | power RUNNING"))
                .contains(93_784.0); // 1d 02:03:04
        assertThat(DurationText.leadingClock("01:02:03 x1 | gas")).contains(3_723.0);
        assertThat(DurationText.leadingClock("Reached the end of the run at plant time 01:00:00.")).isEmpty();
        assertThat(DurationText.hours(93_784.4)).isEqualTo("26:03:04");
        assertThat(DurationText.hours(-1)).isEqualTo("0:00:00");
    }
}
