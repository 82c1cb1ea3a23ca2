package org.icsdrill.ui.mimic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.DeclaredPlants.bad;
import static org.icsdrill.ui.DeclaredPlants.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.DeclaredPlants;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.mimic.EquipmentViewModel.State;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.WriteOutcome;
import org.icsdrill.ui.tags.FaceplateLoop;
import org.icsdrill.ui.tags.FaceplateViewModel;
import org.junit.jupiter.api.Test;

/** Mimic bindings with samples made by hand: the right tags drive each symbol, abnormal states are marked. */
class MimicViewModelTest {

    final Messages messages = Messages.load(Locale.ENGLISH);
    final Map<String, TagSample> latest = new HashMap<>();
    final List<TagInfo> trended = new ArrayList<>();

    MimicViewModel mimic(String plantId) {
        PlantInfo plant = DeclaredPlants.plant(plantId);
        FaceplateViewModel faceplate = new FaceplateViewModel(
                (tag, value) -> CompletableFuture.completedFuture(new WriteOutcome(true, "Good")),
                Runnable::run, messages, latest::get);
        faceplate.setTrendSink(trended::add);
        return new MimicViewModel(plant, plant.mimic().orElseThrow(), faceplate, messages);
    }

    void apply(MimicViewModel mimic, TagSample... samples) {
        Map<String, TagSample> batch = new HashMap<>();
        for (TagSample sample : samples) {
            batch.put(sample.tagId(), sample);
        }
        latest.putAll(batch);
        mimic.apply(batch);
    }

    @Test
    void aValveIsFilledWhenOpenAndHollowWhenShut() {
        MimicViewModel chemical = mimic("chemical");
        EquipmentViewModel tv101 = chemical.equipment("TV101");
        PlantInfo plant = chemical.plant();
        assertThat(tv101.stateTag().name()).isEqualTo("R1.TV101");
        assertThat(tv101.stateProperty().get()).isEqualTo(State.UNKNOWN);

        apply(chemical, sample(plant, "R1.TV101", 45.0));
        assertThat(tv101.stateProperty().get()).isEqualTo(State.ON);
        assertThat(tv101.openingProperty().get()).isEqualTo(0.45);
        assertThat(tv101.abnormalProperty().get()).isFalse();

        apply(chemical, sample(plant, "R1.TV101", 0.0));
        assertThat(tv101.stateProperty().get()).isEqualTo(State.OFF);
    }

    @Test
    void aStaleValueKeepsItsStateAndIsNotAbnormal() {
        MimicViewModel chemical = mimic("chemical");
        EquipmentViewModel tv101 = chemical.equipment("TV101");

        apply(chemical, DeclaredPlants.stale(chemical.plant(), "R1.TV101", 45.0));

        assertThat(tv101.stateProperty().get()).isEqualTo(State.ON);
        assertThat(tv101.openingProperty().get()).isEqualTo(0.45);
        assertThat(tv101.abnormalProperty().get()).isFalse();
    }

    @Test
    void badQualityIsUnknownAndAbnormal() {
        MimicViewModel chemical = mimic("chemical");
        EquipmentViewModel pump = chemical.equipment("P101");

        apply(chemical, bad(chemical.plant(), "R1.P101.SPD"));

        assertThat(pump.stateProperty().get()).isEqualTo(State.UNKNOWN);
        assertThat(pump.abnormalProperty().get()).isTrue();
    }

    @Test
    void safetyValvesAgitatorAndBreakersAreAbnormalInTheirTripState() {
        MimicViewModel chemical = mimic("chemical");
        PlantInfo plant = chemical.plant();
        apply(chemical, sample(plant, "SIS.XV201", true), sample(plant, "SIS.XY202", false), sample(plant, "R1.M101", true));
        assertThat(chemical.equipment("XV201").abnormalProperty().get()).isFalse();
        assertThat(chemical.equipment("XY202").abnormalProperty().get()).isFalse();
        assertThat(chemical.equipment("M101").abnormalProperty().get()).isFalse();

        // SIS trip: feed shut off, emergency cooling forced open; the agitator stopped (declared alarm)
        apply(chemical, sample(plant, "SIS.XV201", false), sample(plant, "SIS.XY202", true), sample(plant, "R1.M101", false));
        assertThat(chemical.equipment("XV201").abnormalProperty().get()).isTrue();
        assertThat(chemical.equipment("XV201").stateProperty().get()).isEqualTo(State.OFF);
        assertThat(chemical.equipment("XY202").abnormalProperty().get()).isTrue();
        assertThat(chemical.equipment("M101").abnormalProperty().get()).isTrue();

        MimicViewModel power = mimic("power");
        apply(power, sample(power.plant(), "GEN.CB", false), sample(power.plant(), "TIE.CB", true));
        assertThat(power.equipment("52G").stateProperty().get()).isEqualTo(State.OFF);
        assertThat(power.equipment("52G").abnormalProperty().get()).isTrue();
        assertThat(power.equipment("TIE.CB").abnormalProperty().get()).isFalse();

        MimicViewModel gas = mimic("gas");
        apply(gas, sample(gas.plant(), "SIS.XV301", false));
        assertThat(gas.equipment("XV301").abnormalProperty().get()).isTrue();
    }

    @Test
    void aCompressorInSurgeIsAbnormalWhileItRuns() {
        MimicViewModel gas = mimic("gas");
        PlantInfo plant = gas.plant();
        EquipmentViewModel k101 = gas.equipment("K101");
        apply(gas, sample(plant, "K101.ST101", 15_950.0), sample(plant, "K101.XA101", false),
                sample(plant, "K101.VT101", 2.0));
        assertThat(k101.stateProperty().get()).isEqualTo(State.ON);
        assertThat(k101.abnormalProperty().get()).isFalse();

        apply(gas, sample(plant, "K101.XA101", true));

        assertThat(k101.abnormalProperty().get()).isTrue();
        assertThat(k101.stateProperty().get()).isEqualTo(State.ON);
    }

    @Test
    void aValueOutsideItsNormalRangeIsAbnormalInsideItsEuRangeToo() {
        MimicViewModel chemical = mimic("chemical");
        PlantInfo plant = chemical.plant();
        MimicViewModel.Value tt101 = chemical.value("R1.TT101");
        assertThat(tt101.nodeId()).isEqualTo("mimic-value-chemical_R1_TT101");

        apply(chemical, sample(plant, "R1.TT101", 350.04));
        assertThat(tt101.live().valueProperty().get()).isEqualTo("350.0");
        assertThat(tt101.live().abnormalProperty().get()).isFalse();
        assertThat(tt101.live().fractionProperty().get()).isCloseTo(100.04 / 350, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chemical.equipment("R1").abnormalProperty().get()).isFalse();

        apply(chemical, sample(plant, "R1.TT101", 357.0)); // H alarm at 355 K, EURange up to 600 K

        assertThat(tt101.live().abnormalProperty().get()).isTrue();
        assertThat(chemical.equipment("R1").abnormalProperty().get()).isTrue();
    }

    @Test
    void aControllerShowsSetPointOutputAndModeAndIsAbnormalInManual() {
        MimicViewModel chemical = mimic("chemical");
        PlantInfo plant = chemical.plant();
        EquipmentViewModel tic = chemical.equipment("TIC101");

        apply(chemical, sample(plant, "R1.TIC101.SP", 350.0), sample(plant, "R1.TV101", 35.74),
                sample(plant, "R1.TIC101.AUTO", true));
        assertThat(tic.detailProperty().get()).isEqualTo("SP 350.0 K\nOUT 35.7 %  AUTO");
        assertThat(tic.abnormalProperty().get()).isFalse();

        apply(chemical, sample(plant, "R1.TIC101.AUTO", false));
        assertThat(tic.detailProperty().get()).endsWith("MAN");
        assertThat(tic.abnormalProperty().get()).isTrue();
    }

    @Test
    void clickingEquipmentOpensItsLoopWithTheSetPointAsWriteTarget() {
        MimicViewModel chemical = mimic("chemical");
        PlantInfo plant = chemical.plant();
        apply(chemical, sample(plant, "R1.TT101", 350.0), sample(plant, "R1.TIC101.SP", 350.0),
                sample(plant, "R1.TV101", 40.0), sample(plant, "R1.TIC101.AUTO", true));
        FaceplateViewModel faceplate = chemical.faceplate();

        chemical.open(chemical.equipment("TV101"));

        assertThat(faceplate.loopProperty().get().title()).isEqualTo("TIC101");
        assertThat(faceplate.rows()).extracting(r -> r.role() + " " + r.live().name() + " = " + r.text().get())
                .containsExactly("PV R1.TT101 = 350.0", "SP R1.TIC101.SP = 350.0", "OUT R1.TV101 = 40.0",
                        "MODE R1.TIC101.AUTO = AUTO");
        assertThat(faceplate.tagProperty().get().name()).isEqualTo("R1.TIC101.SP");
        assertThat(faceplate.writeTargets()).extracting(TagInfo::name)
                .containsExactly("R1.TIC101.SP", "R1.TV101", "R1.TIC101.AUTO");

        apply(chemical, sample(plant, "R1.TT101", 352.5), sample(plant, "R1.TIC101.AUTO", false));
        assertThat(faceplate.rows().get(0).text().get()).isEqualTo("352.5");
        assertThat(faceplate.rows().get(3).text().get()).isEqualTo("MAN");
        assertThat(faceplate.rows().get(3).live().abnormalProperty().get()).isTrue();

        faceplate.addToTrend();
        assertThat(trended).extracting(TagInfo::name).containsExactly("R1.TT101", "R1.TIC101.SP", "R1.TV101");
    }

    @Test
    void clickingAValueOpensThatTagAlone() {
        MimicViewModel gas = mimic("gas");
        apply(gas, sample(gas.plant(), "PL1.PT201", 46.0));

        gas.open(gas.value("PL1.PT201"));

        FaceplateViewModel faceplate = gas.faceplate();
        assertThat(faceplate.rows()).hasSize(1);
        assertThat(faceplate.rows().get(0).role()).isEqualTo(FaceplateLoop.Role.PV);
        assertThat(faceplate.rows().get(0).text().get()).isEqualTo("46.0");
        assertThat(faceplate.tagProperty().get()).isNull(); // a measurement: nothing to write
    }

    @Test
    void everyEquipmentOfEveryPlantBindsItsTags() {
        for (String plant : Plants.ids()) {
            MimicViewModel mimic = mimic(plant);
            for (EquipmentViewModel item : mimic.equipment()) {
                assertThat(item.loop()).as(plant + " " + item.id() + " opens a faceplate").isNotNull();
                if (item.spec().state() != null) {
                    assertThat(item.stateTag()).as(plant + " " + item.id()).isNotNull();
                }
            }
            assertThat(mimic.values()).hasSize(mimic.layout().readouts().size());
        }
    }
}
