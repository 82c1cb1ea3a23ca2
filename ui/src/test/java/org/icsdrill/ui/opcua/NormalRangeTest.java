package org.icsdrill.ui.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalRangeTest {

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
