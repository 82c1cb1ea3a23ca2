package org.icsdrill.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendBufferTest {

    @Test
    void aFullBufferDropsItsOldestPoint() {
        TrendBuffer buffer = new TrendBuffer(3);
        for (int t = 1; t <= 5; t++) {
            buffer.add(t, 10 * t);
        }

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.time(0)).isEqualTo(3);
        assertThat(buffer.value(2)).isEqualTo(50);
        assertThat(new TrendBuffer().capacity()).isEqualTo(TrendBuffer.CAPACITY).isEqualTo(7_200);
    }

    @Test
    void anOlderPointIsIgnoredAndOneAtTheSameTimeReplacesIt() {
        TrendBuffer buffer = new TrendBuffer(10);
        buffer.add(10, 1);
        buffer.add(5, 2);
        buffer.add(10, 3);

        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.value(0)).isEqualTo(3);
    }

    @Test
    void theVisiblePointsStartWithTheOneBeforeTheWindowAndLeaveOutBadValues() {
        TrendBuffer buffer = new TrendBuffer(100);
        for (int t = 0; t < 10; t++) {
            buffer.add(t, t == 6 ? Double.NaN : t);
        }

        List<TrendBuffer.Point> points = buffer.visible(4.5, 8, 100);

        assertThat(points).extracting(TrendBuffer.Point::time).containsExactly(4.0, 5.0, 7.0, 8.0);
        assertThat(buffer.visible(20, 30, 100)).extracting(TrendBuffer.Point::time).containsExactly(9.0);
        assertThat(buffer.visible(-10, -5, 100)).isEmpty();
    }

    @Test
    void manyPointsAreThinnedToTheLowestAndHighestPerSliceSoASpikeStays() {
        TrendBuffer buffer = new TrendBuffer(10_000);
        for (int t = 0; t < 10_000; t++) {
            buffer.add(t, t == 4_321 ? 99 : 1);
        }

        List<TrendBuffer.Point> points = buffer.visible(0, 10_000, 100);

        assertThat(points.size()).isLessThanOrEqualTo(200);
        assertThat(points).extracting(TrendBuffer.Point::value).contains(99.0);
        assertThat(points).extracting(TrendBuffer.Point::time).isSorted();
    }

    @Test
    void pastPointsArePutInFrontInOrderAndTheOldestGoWhenFull() {
        TrendBuffer buffer = new TrendBuffer(5);
        buffer.add(100, 1);
        buffer.add(101, 2);

        buffer.prepend(java.util.List.of(new TrendBuffer.Point(97, 7), new TrendBuffer.Point(98, 8),
                new TrendBuffer.Point(98, 9), new TrendBuffer.Point(99, 9), new TrendBuffer.Point(100, 0),
                new TrendBuffer.Point(95, 5)));

        // the second 98 and the 95 after it are out of order, 100 is not older than the buffer: skipped
        assertThat(java.util.stream.IntStream.range(0, buffer.size()).mapToDouble(buffer::time))
                .containsExactly(97.0, 98.0, 99.0, 100.0, 101.0);
        assertThat(buffer.value(1)).isEqualTo(8);
        buffer.prepend(java.util.List.of(new TrendBuffer.Point(90, 0), new TrendBuffer.Point(96, 6)));
        assertThat(buffer.time(0)).as("full: the oldest go").isEqualTo(97);
        buffer.add(102, 3);
        buffer.add(103, 4);
        assertThat(buffer.size()).isEqualTo(5);
        assertThat(buffer.time(0)).isEqualTo(99);
    }
}
