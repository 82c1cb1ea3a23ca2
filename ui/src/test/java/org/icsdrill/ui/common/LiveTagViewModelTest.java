package org.icsdrill.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;
import org.junit.jupiter.api.Test;

/** ISA-101: a stale value stays readable and says so; a value with no communication says that instead. */
class LiveTagViewModelTest {

    private static final TagInfo SPEED = new TagInfo("gas.K101.ST101", "gas", "K101.ST101", "Compressor speed",
            TagType.REAL, "r/min", 0, 25_000, true, false);

    private final LiveTagViewModel english = new LiveTagViewModel(SPEED, Messages.load(Locale.ENGLISH));

    @Test
    void aFreshValueIsShownPlain() {
        english.update(sample(15_960.0, "Good", true));

        assertThat(english.valueProperty().get()).isEqualTo("15960");
        assertThat(english.staleProperty().get()).isFalse();
        assertThat(english.abnormalProperty().get()).isFalse();
    }

    @Test
    void theLastUsableValueIsShownAsStaleWithoutAlarmColour() {
        english.update(sample(15_960.0, "Uncertain_LastUsableValue", false));

        assertThat(english.valueProperty().get()).isEqualTo("15960 (stale)");
        assertThat(english.staleProperty().get()).isTrue();
        assertThat(english.abnormalProperty().get()).isFalse();
        assertThat(english.fractionProperty().get()).isGreaterThan(0.6);
    }

    @Test
    void noCommunicationReplacesTheValueAndIsAbnormal() {
        LiveTagViewModel japanese = new LiveTagViewModel(SPEED, Messages.load(Locale.JAPANESE));
        english.update(sample(15_960.0, "Bad_NoCommunication", false));
        japanese.update(sample(15_960.0, "Bad_NoCommunication", false));

        assertThat(english.valueProperty().get()).isEqualTo("NO COMM");
        assertThat(japanese.valueProperty().get()).isEqualTo("通信断");
        assertThat(english.abnormalProperty().get()).isTrue();
        assertThat(english.staleProperty().get()).isFalse();
        assertThat(english.fractionProperty().get()).isNaN();
    }

    private static TagSample sample(Object value, String status, boolean good) {
        return new TagSample(SPEED.id(), value, status, good, Instant.parse("2026-01-15T09:00:00Z"));
    }
}
