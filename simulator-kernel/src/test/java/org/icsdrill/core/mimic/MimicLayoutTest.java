package org.icsdrill.core.mimic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a layout says beyond its fields: readout labels, a controller's default state, unique ids, texts. */
class MimicLayoutTest {

    @Test
    void aReadoutIsLabelledByItsInstrumentNumberOrItsWholeName() {
        assertThat(new MimicLayout.Readout("R1.TT101", 0, 0, true, null).shownLabel()).isEqualTo("TT101");
        assertThat(new MimicLayout.Readout("GEN.FT", 0, 0, true, null).shownLabel()).isEqualTo("GEN.FT");
        assertThat(new MimicLayout.Readout("Z1.TIC.SP", 0, 0, false, "SP").shownLabel()).isEqualTo("SP");
    }

    @Test
    void aControllerShowsItsLoopsModeAndIsAbnormalInManual() {
        Equipment tic = Equipment.at(SymbolKind.CONTROLLER, "TIC101", 0, 0)
                .loop(Equipment.Loop.of("TIC101", "R1.TT101", "R1.TIC101.SP", "R1.TV101", "R1.TIC101.AUTO")).build();

        assertThat(tic.state()).isEqualTo("R1.TIC101.AUTO");
        assertThat(tic.abnormalWhen()).isFalse();
        assertThat(tic.labelSide()).isEqualTo(Equipment.Side.NONE);
    }

    @Test
    void anEquipmentIdIsUsedOnce() {
        MimicLayout.Builder layout = MimicLayout.builder("test", 100, 100)
                .add(Equipment.at(SymbolKind.PUMP, "P1", 10, 10))
                .add(Equipment.at(SymbolKind.VALVE, "P1", 20, 10));

        assertThatThrownBy(layout::build).hasMessageContaining("P1");
    }

    @Test
    void theLayoutReadsTheTagsOfItsEquipmentAndValues() {
        MimicLayout layout = MimicLayout.builder("test", 100, 100)
                .add(Equipment.at(SymbolKind.VESSEL, "T1", 50, 50).level("T1.LT").alarms("T1.PT"))
                .gauge("T1.TT", 10, 10)
                .build();

        assertThat(layout.tags()).containsExactlyInAnyOrder("T1.LT", "T1.PT", "T1.TT");
    }

    @Test
    void aTextIsShownInTheConsolesLanguageElseInEnglish() {
        MimicText feed = MimicText.of("Feed A", "原料 A");

        assertThat(feed.in(Locale.JAPANESE)).isEqualTo("原料 A");
        assertThat(feed.in(Locale.JAPAN)).isEqualTo("原料 A");
        assertThat(feed.in(Locale.ENGLISH)).isEqualTo("Feed A");
        assertThat(feed.in(Locale.GERMAN)).isEqualTo("Feed A");
        assertThat(MimicText.of("Feed A", null).in(Locale.JAPANESE)).isEqualTo("Feed A");
    }
}
