package org.icsdrill.ui.mimic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layouts are data: every tag they name exists, every text is translated, everything is on the drawing. */
class MimicLayoutsTest {

    @Test
    void everyPlantHasAMimic() {
        assertThat(MimicLayouts.PLANTS).containsExactlyElementsOf(Plants.ids());
        for (String plant : Plants.ids()) {
            assertThat(MimicLayouts.of(plant)).as(plant).isPresent();
        }
        assertThat(MimicLayouts.of("refinery")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"power", "gas", "building", "chemical"})
    void everyTagTheLayoutNamesIsDeclaredByThePlant(String plant) {
        Set<String> declared = Plants.create(plant).tags().all().stream().map(TagDef::name).collect(Collectors.toSet());
        MimicLayout layout = MimicLayouts.of(plant).orElseThrow();

        assertThat(declared).containsAll(layout.tags());
    }

    @ParameterizedTest
    @ValueSource(strings = {"power", "gas", "building", "chemical"})
    void everythingIsOnTheDrawingAndEveryTextIsTranslated(String plant) {
        MimicLayout layout = MimicLayouts.of(plant).orElseThrow();
        Messages english = Messages.load(Locale.ENGLISH);
        Messages japanese = Messages.load(Locale.JAPANESE);

        for (Equipment item : layout.equipment()) {
            assertThat(item.x()).as(item.id()).isBetween(0.0, layout.width());
            assertThat(item.y()).as(item.id()).isBetween(0.0, layout.height());
            if (item.textKey() != null) {
                assertThat(japanese.get(item.textKey())).isNotEqualTo(english.get(item.textKey()));
            }
        }
        for (MimicLayout.Readout readout : layout.readouts()) {
            assertThat(readout.x()).as(readout.tag()).isBetween(0.0, layout.width() - 100);
            assertThat(readout.y()).as(readout.tag()).isBetween(0.0, layout.height() - 30);
        }
        for (MimicLayout.Caption caption : layout.captions()) {
            assertThat(japanese.get(caption.key())).as(caption.key()).isNotEqualTo(english.get(caption.key()));
        }
    }

    @Test
    void theMainPlantItemsOfTheBriefAreDrawn() {
        assertThat(ids("power")).contains("DRUM", "BLR", "TURB.GV", "TURB.IV", "HP", "LP", "GEN", "52G", "TIE.CB");
        assertThat(ids("gas")).contains("K101", "FV101", "XV301", "PV301", "P401", "PSV301");
        assertThat(ids("building")).contains("AHU.FAN", "AHU.HCV", "AHU.CCV", "AHU.OAD", "BLR", "CHL", "Z1", "Z2", "Z3",
                "Z4", "DOOR");
        assertThat(ids("chemical")).contains("R1", "P101", "TV101", "LV101", "M101", "XV201", "XY202", "PSV101");
    }

    private static Set<String> ids(String plant) {
        return MimicLayouts.of(plant).orElseThrow().equipment().stream().map(Equipment::id).collect(Collectors.toSet());
    }
}
