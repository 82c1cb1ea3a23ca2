package org.icsdrill.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.icsdrill.ui.DeclaredPlants;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagType;
import org.junit.jupiter.api.Test;

class NormalRangesTest {

    @Test
    void normalRangesComeFromTheDeclaredAlarmLimits() {
        Map<String, NormalRange> chemical = NormalRanges.declared(DeclaredPlants.plant("chemical"));

        assertThat(chemical.get("chemical.R1.TT101")).isEqualTo(NormalRange.between(340, 355));
        assertThat(chemical.get("chemical.R1.PT101").low()).isNaN(); // no low alarm: open below
        assertThat(chemical.get("chemical.R1.PT101").high()).isEqualTo(260);
        assertThat(chemical.get("chemical.R1.M101")).isEqualTo(NormalRange.alarmWhen(false));
        assertThat(chemical).doesNotContainKey("chemical.R1.TT102");
    }

    @Test
    void aTagWithoutAlarmLimitsHasNoBand() {
        TagInfo other = new TagInfo("chemical.R1.TT101", "chemical", "R1.TT101", "Reactor temperature", TagType.REAL,
                "K", 0, 1000, true, false);

        assertThat(NormalRanges.declared(new PlantInfo("chemical", "", List.of(other)))).isEmpty();
    }

    @Test
    void abnormalOutsideTheBandOrInTheAlarmState() {
        NormalRange band = NormalRange.between(340, 355);
        assertThat(band.abnormal(350)).isFalse();
        assertThat(band.abnormal(356)).isTrue();
        assertThat(band.abnormal(Double.NaN)).isFalse();
        assertThat(NormalRange.alarmWhen(true).abnormal(1)).isTrue();
        assertThat(NormalRange.alarmWhen(true).abnormal(0)).isFalse();
        assertThat(NormalRange.NONE.abnormal(1e9)).isFalse();
    }
}
