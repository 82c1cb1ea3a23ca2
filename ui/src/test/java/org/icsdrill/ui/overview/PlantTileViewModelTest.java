package org.icsdrill.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;
import org.junit.jupiter.api.Test;

/** The tile's rules, with samples made by hand: status from the trip flag, counting values out of range. */
class PlantTileViewModelTest {

    static final TagInfo TEMPERATURE = new TagInfo("p.T1.TT", "p", "T1.TT", "Temperature", TagType.REAL, "K",
            250, 600, true, false);
    static final TagInfo LEVEL = new TagInfo("p.T1.LT", "p", "T1.LT", "Level", TagType.REAL, "%", 0, 100, true, false);
    static final TagInfo SIS_TEMPERATURE = new TagInfo("p.SIS.TT", "p", "SIS.TT", "SIS temperature", TagType.REAL,
            "K", 250, 600, true, false);
    static final TagInfo TRIP = new TagInfo("p.SIS.TRIP", "p", "SIS.TRIP", "Trip", TagType.BOOL, "", Double.NaN,
            Double.NaN, false, false);

    final OverviewViewModel overview = new OverviewViewModel(
            List.of(new PlantInfo("p", "Test plant: a tank", List.of(TEMPERATURE, SIS_TEMPERATURE, LEVEL, TRIP))),
            Messages.load(Locale.ENGLISH));
    final PlantTileViewModel tile = overview.tile("p");

    @Test
    void keyMeasurementsLeaveOutTheSafetySystemsOwnSensors() {
        assertThat(tile.keyValues()).extracting(LiveTagViewModel::name).containsExactly("T1.TT", "T1.LT");
        assertThat(tile.title()).isEqualTo("Test plant");
        assertThat(tile.subtitle()).isEqualTo("a tank");
    }

    @Test
    void statusIsConnectedUntilTheTripFlagSaysMore() {
        assertThat(tile.statusProperty().get()).isEqualTo("CONNECTED");

        overview.apply(Map.of(TRIP.id(), sample(TRIP, false)));
        assertThat(tile.statusProperty().get()).isEqualTo("RUNNING");

        overview.apply(Map.of(TRIP.id(), sample(TRIP, true)));
        assertThat(tile.statusProperty().get()).isEqualTo("TRIPPED");
        assertThat(tile.trippedProperty().get()).isTrue();
    }

    @Test
    void countsValuesOutsideTheirRangeAndMarksThem() {
        overview.apply(Map.of(TEMPERATURE.id(), sample(TEMPERATURE, 612.0), LEVEL.id(), sample(LEVEL, 50.0),
                SIS_TEMPERATURE.id(), sample(SIS_TEMPERATURE, 605.0)));

        assertThat(tile.outOfRangeProperty().get()).isEqualTo(2);
        assertThat(tile.keyValues().get(0).abnormalProperty().get()).isTrue();
        assertThat(tile.keyValues().get(0).valueProperty().get()).isEqualTo("612.0");
        assertThat(tile.keyValues().get(1).abnormalProperty().get()).isFalse();

        overview.apply(Map.of(TEMPERATURE.id(), sample(TEMPERATURE, 350.0)));
        assertThat(tile.outOfRangeProperty().get()).isEqualTo(1);
    }

    @Test
    void aBadStatusIsShownByNameAndCountsAsAbnormal() {
        overview.apply(Map.of(LEVEL.id(), new TagSample(LEVEL.id(), null, "Bad_CommunicationError", false, null)));

        assertThat(tile.keyValues().get(1).valueProperty().get()).isEqualTo("Bad_CommunicationError");
        assertThat(tile.outOfRangeProperty().get()).isEqualTo(1);
    }

    @Test
    void aStaleValueInsideItsRangeIsNotCountedOutsideIt() {
        overview.apply(Map.of(LEVEL.id(), new TagSample(LEVEL.id(), 50.0, "Uncertain_LastUsableValue", false, null)));

        assertThat(tile.keyValues().get(1).valueProperty().get()).isEqualTo("50.0 (stale)");
        assertThat(tile.keyValues().get(1).staleProperty().get()).isTrue();
        assertThat(tile.outOfRangeProperty().get()).isZero();
    }

    static TagSample sample(TagInfo tag, Object value) {
        return new TagSample(tag.id(), value, "Good", true, null);
    }
}
