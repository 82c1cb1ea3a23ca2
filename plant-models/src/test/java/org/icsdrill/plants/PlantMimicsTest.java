package org.icsdrill.plants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.mimic.MimicText;
import org.icsdrill.core.tag.TagDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plants' mimics are data the console draws as given: every tag they name is the plant's own,
 * every text is in English and Japanese, everything is on the drawing.
 */
class PlantMimicsTest {

    static List<String> plants() {
        return Plants.ids();
    }

    @ParameterizedTest
    @MethodSource("plants")
    void everyPlantDeclaresItsOwnMimic(String plant) {
        assertThat(mimic(plant).plantId()).isEqualTo(plant);
    }

    @ParameterizedTest
    @MethodSource("plants")
    void everyTagTheMimicNamesIsDeclaredByThePlant(String plant) {
        Set<String> declared = Plants.create(plant).tags().all().stream().map(TagDef::name).collect(Collectors.toSet());

        assertThat(declared).containsAll(mimic(plant).tags());
    }

    @ParameterizedTest
    @MethodSource("plants")
    void everythingIsOnTheDrawingAndEveryTextIsTranslated(String plant) {
        MimicLayout layout = mimic(plant);
        List<MimicText> texts = new ArrayList<>();
        for (Equipment item : layout.equipment()) {
            assertThat(item.x()).as(item.id()).isBetween(0.0, layout.width());
            assertThat(item.y()).as(item.id()).isBetween(0.0, layout.height());
            if (item.text() != null) {
                texts.add(item.text());
            }
        }
        for (MimicLayout.Readout readout : layout.readouts()) {
            assertThat(readout.x()).as(readout.tag()).isBetween(0.0, layout.width() - 100);
            assertThat(readout.y()).as(readout.tag()).isBetween(0.0, layout.height() - 30);
        }
        layout.captions().forEach(caption -> texts.add(caption.text()));

        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text.ja()).as(text.en())
                .isNotBlank().isNotEqualTo(text.en()));
    }

    @Test
    void theMainPlantItemsOfTheBriefAreDrawn() {
        assertThat(ids("power")).contains("DRUM", "BLR", "TURB.GV", "TURB.IV", "HP", "LP", "GEN", "52G", "TIE.CB");
        assertThat(ids("gas")).contains("K101", "FV101", "XV301", "PV301", "P401", "PSV301");
        assertThat(ids("building")).contains("AHU.FAN", "AHU.HCV", "AHU.CCV", "AHU.OAD", "BLR", "CHL", "Z1", "Z2", "Z3",
                "Z4", "DOOR");
        assertThat(ids("chemical")).contains("R1", "P101", "TV101", "LV101", "M101", "XV201", "XY202", "PSV101");
    }

    private static MimicLayout mimic(String plant) {
        return Plants.create(plant).mimic().orElseThrow();
    }

    private static Set<String> ids(String plant) {
        return mimic(plant).equipment().stream().map(Equipment::id).collect(Collectors.toSet());
    }
}
