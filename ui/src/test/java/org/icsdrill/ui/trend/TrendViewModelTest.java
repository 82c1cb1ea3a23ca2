package org.icsdrill.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.ui.DeclaredPlants;
import org.icsdrill.ui.SimulatorFixture;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.junit.jupiter.api.Test;

/** The trend's history, window, zoom and pan against plant time, with samples made by hand. */
class TrendViewModelTest {

    static final double START = SimulatorFixture.START.getEpochSecond();

    final PlantInfo chemical = DeclaredPlants.plant("chemical");
    final PlantInfo gas = DeclaredPlants.plant("gas");
    final Map<String, TagSample> latest = new HashMap<>();
    final TrendViewModel trend = new TrendViewModel(List.of(chemical, gas), Messages.load(Locale.ENGLISH), latest::get,
            tag -> NormalRange.NONE, 100);

    TagInfo tag(PlantInfo plant, String name) {
        return plant.tag(name).orElseThrow();
    }

    /** A batch at {@code seconds} of plant time after the fixture's start. */
    void batch(double seconds, Object... tagsAndValues) {
        Map<String, TagSample> batch = new HashMap<>();
        Instant time = SimulatorFixture.START.plusMillis(Math.round(seconds * 1000));
        for (int i = 0; i < tagsAndValues.length; i += 2) {
            TagInfo tag = (TagInfo) tagsAndValues[i];
            batch.put(tag.id(), new TagSample(tag.id(), tagsAndValues[i + 1], "Good", true, time));
        }
        latest.putAll(batch);
        trend.apply(batch);
    }

    @Test
    void pensArePlottedAgainstPlantTimeFromTheSourceTimestamps() {
        TagInfo tt101 = tag(chemical, "R1.TT101");
        PenViewModel pen = trend.addPen(tt101).orElseThrow();

        batch(10, tt101, 350.0);
        batch(20, tt101, 355.0);

        assertThat(trend.nowProperty().get()).isEqualTo(START + 20);
        assertThat(trend.upper()).isEqualTo(START + 20);
        assertThat(trend.lower()).isEqualTo(START + 20 - 600); // the default window, 10 min
        assertThat(pen.points(trend.lower(), trend.upper(), 100)).extracting(TrendBuffer.Point::time)
                .containsExactly(START + 10, START + 20);
        // percent of the EURange 250-600 K
        assertThat(pen.points(trend.lower(), trend.upper(), 100).get(1).value()).isCloseTo(30.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pen.live().valueProperty().get()).isEqualTo("355.0");
        assertThat(trend.clock(trend.upper())).as("no exercise: the plant clock").isEqualTo("08:00:20");
        assertThat(trend.timeTitle()).isEqualTo("Plant clock (UTC)");
        // once the exercise says plant time 0 (the window before it counts back from it) was the fixture's start: elapsed plant time, as on every screen
        trend.plantZero(SimulatorFixture.START);
        assertThat(trend.clock(trend.upper())).isEqualTo("00:00:20");
        assertThat(trend.timeTitle()).isEqualTo("Plant time");
        assertThat(trend.rangeText()).isEqualTo("LIVE -00:09:40 – 00:00:20");
    }

    @Test
    void aPenThatDoesNotChangeHoldsItsValueAsPlantTimeMovesOn() {
        TagInfo sp = tag(chemical, "R1.TIC101.SP");
        TagInfo tt101 = tag(chemical, "R1.TT101");
        batch(0, sp, 350.0, tt101, 350.0);
        PenViewModel pen = trend.addPen(sp).orElseThrow(); // starts from the newest sample

        batch(5, tt101, 351.0);
        batch(10, tt101, 352.0);

        assertThat(pen.buffer().size()).isEqualTo(3);
        assertThat(pen.buffer().time(2)).isEqualTo(START + 10);
        assertThat(pen.buffer().value(2)).isEqualTo(350.0);
    }

    @Test
    void historyIsBoundedPerPen() {
        TagInfo tt101 = tag(chemical, "R1.TT101");
        PenViewModel pen = trend.addPen(tt101).orElseThrow();
        for (int t = 0; t < 250; t++) {
            batch(t, tt101, 300.0 + t % 7);
        }

        assertThat(pen.buffer().size()).isEqualTo(100);
        assertThat(pen.buffer().time(0)).isEqualTo(START + 150);
    }

    @Test
    void windowsZoomAndPan() {
        TagInfo tt101 = tag(chemical, "R1.TT101");
        trend.addPen(tt101);
        batch(3600, tt101, 350.0);

        trend.setWindow(Duration.ofMinutes(2));
        assertThat(trend.spanProperty().get()).isEqualTo(120);
        assertThat(trend.lower()).isEqualTo(START + 3600 - 120);

        trend.zoomIn();
        assertThat(trend.spanProperty().get()).isEqualTo(60);
        assertThat(trend.upper()).as("live: zoom keeps the newest sample at the right edge").isEqualTo(START + 3600);

        trend.panBack();
        assertThat(trend.liveProperty().get()).isFalse();
        assertThat(trend.upper()).isEqualTo(START + 3570);
        batch(3610, tt101, 351.0);
        assertThat(trend.upper()).as("paused: new samples do not scroll").isEqualTo(START + 3570);

        trend.zoomOut();
        assertThat(trend.spanProperty().get()).isEqualTo(120);
        assertThat(trend.upper()).as("paused: zoom about the middle").isEqualTo(START + 3600);
        assertThat(trend.rangeText()).isEqualTo("PAUSED 08:58:00 – 09:00:00");

        trend.panForward(); // reaches the newest sample: live again
        assertThat(trend.liveProperty().get()).isTrue();
        assertThat(trend.upper()).isEqualTo(START + 3610);

        trend.setWindow(Duration.ofMinutes(30));
        trend.zoomOut();
        trend.panBack();
        trend.goLive();
        assertThat(trend.liveProperty().get()).isTrue();
        assertThat(trend.spanProperty().get()).as("live restores the chosen window").isEqualTo(1800);
        assertThat(trend.upper()).isEqualTo(START + 3610);
    }

    @Test
    void atMostEightPensInDistinctColoursAndOnlyTagsThatCanBePlotted() {
        List<TagInfo> reals = chemical.tags().stream().filter(TrendViewModel::trendable).toList();
        for (TagInfo tag : reals.subList(0, 9)) {
            trend.addPen(tag);
        }
        assertThat(trend.pens()).hasSize(TrendViewModel.MAX_PENS);
        assertThat(trend.pens()).extracting(PenViewModel::color).doesNotHaveDuplicates();
        assertThat(trend.addPen(reals.get(0))).contains(trend.pens().get(0)); // already a pen

        String freed = trend.pens().get(2).color();
        trend.removePen(trend.pens().get(2));
        assertThat(trend.addPen(reals.get(8)).orElseThrow().color()).isEqualTo(freed);

        TagInfo counter = tag(DeclaredPlants.plant("power"), "PROT.CAUSE");
        assertThat(TrendViewModel.trendable(counter)).isFalse();
        assertThat(TrendViewModel.trendable(tag(chemical, "SIS.TRIP"))).isTrue();
    }

    @Test
    void theAxisIsLabelledInTheUnitsOfTheScalePen() {
        assertThat(trend.axisLabel(50)).isEqualTo("50 %");
        TagInfo tt101 = tag(chemical, "R1.TT101");
        TagInfo pt102 = tag(gas, "K101.PT102");
        trend.addPen(tt101);
        trend.addPen(pt102);

        assertThat(trend.axisLabel(50)).isEqualTo("425.0"); // 250-600 K
        trend.scaleProperty().set(trend.pens().get(1));
        assertThat(trend.axisLabel(50)).isEqualTo("50.0"); // 0-100 bar
        trend.removePen(trend.pens().get(1));
        assertThat(trend.scaleProperty().get().tag()).isEqualTo(tt101);
    }

    @Test
    void ticksFallOnRoundTimes() {
        assertThat(TrendViewModel.tickUnit(120)).isEqualTo(15);
        assertThat(TrendViewModel.tickUnit(600)).isEqualTo(120);
        assertThat(TrendViewModel.tickUnit(1800)).isEqualTo(300);
    }

    @Test
    void aNewPenIsFilledWithTheServersHistoryOfTheWidestWindowBeforeItsFirstSample() {
        TagInfo tt101 = tag(chemical, "R1.TT101");
        batch(1000, tt101, 350.0);
        java.util.List<Instant[]> asked = new java.util.ArrayList<>();
        trend.fillFrom((tag, from, to) -> {
            asked.add(new Instant[] {from, to});
            return java.util.concurrent.CompletableFuture.completedFuture(java.util.List.of(
                    new TagSample(tag.id(), 340.0, "Good", true, SimulatorFixture.START.plusSeconds(998)),
                    new TagSample(tag.id(), 345.0, "Uncertain_LastUsableValue", false,
                            SimulatorFixture.START.plusSeconds(999))));
        }, Runnable::run);

        PenViewModel pen = trend.addPen(tt101).orElseThrow();

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)[1]).isEqualTo(SimulatorFixture.START.plusSeconds(1000));
        assertThat(asked.get(0)[0]).isEqualTo(SimulatorFixture.START.plusSeconds(1000 - 1800));
        assertThat(pen.buffer().size()).isEqualTo(3);
        assertThat(pen.buffer().time(0)).isEqualTo(START + 998);
        assertThat(pen.buffer().value(0)).isEqualTo(340.0);
        assertThat(pen.buffer().value(1)).as("stale: usable, the last usable value").isEqualTo(345.0);
    }

    @Test
    void historyForAPenRemovedMeanwhileIsDropped() {
        TagInfo tt101 = tag(chemical, "R1.TT101");
        batch(1000, tt101, 350.0);
        var pending = new java.util.concurrent.CompletableFuture<java.util.List<TagSample>>();
        trend.fillFrom((tag, from, to) -> pending, Runnable::run);
        PenViewModel pen = trend.addPen(tt101).orElseThrow();
        trend.removePen(pen);

        pending.complete(java.util.List.of(new TagSample(tt101.id(), 340.0, "Good", true,
                SimulatorFixture.START.plusSeconds(998))));

        assertThat(pen.buffer().size()).isEqualTo(1);
    }
}
