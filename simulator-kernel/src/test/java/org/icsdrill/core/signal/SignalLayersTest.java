package org.icsdrill.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.junit.jupiter.api.Test;

/** The instrument and view layers, where faults and attacks change a signal without touching the process. */
class SignalLayersTest {

    private static final TagCatalog CATALOG = TagCatalog.of(List.of(
            TagDef.measurement("T1.TT101", "Temperature", EngineeringUnit.CELSIUS, 0, 200).build(),
            TagDef.setpoint("T1.TC101_SP", "Set point", EngineeringUnit.CELSIUS, 0, 150).initial(60).build()));

    @Test
    void modifiersActInInstallOrderAndTheSpanSaturatesTheResult() {
        InstrumentLayer instruments = new InstrumentLayer(CATALOG);
        SplittableRandom random = new SplittableRandom(1);
        assertThat(instruments.sample(0, 80, 0, random)).isEqualTo(80);

        Removable offset = instruments.install(0, (measured, truth, t, r) -> measured + 50);
        Removable doubled = instruments.install(0, (measured, truth, t, r) -> measured * 2);
        assertThat(instruments.sample(0, 80, 0, random)).as("(80 + 50) * 2, clamped to the span").isEqualTo(200);

        doubled.remove();
        assertThat(instruments.sample(0, 80, 0, random)).isEqualTo(130);
        offset.remove();
        assertThat(instruments.sample(0, 80, 0, random)).isEqualTo(80);
    }

    @Test
    void onlyFieldSignalsTakeInstrumentModifiers() {
        InstrumentLayer instruments = new InstrumentLayer(CATALOG);

        assertThatThrownBy(() -> instruments.install(1, (measured, truth, t, r) -> measured))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T1.TC101_SP");
    }

    @Test
    void viewFiltersChangeWhatIsPublishedButNeverThePlcValues() {
        ViewLayer view = new ViewLayer();
        double[] plc = {80, 60};
        assertThat(view.isEmpty()).isTrue();

        Removable replay = view.install((shown, values, t) -> shown[0] = 42);
        double[] published = view.apply(plc, 10);

        assertThat(published).containsExactly(42, 60);
        assertThat(plc).as("the PLC's own values").containsExactly(80, 60);
        replay.remove();
        assertThat(view.isEmpty()).isTrue();
        assertThat(view.apply(plc, 11)).containsExactly(80, 60);
    }
}
