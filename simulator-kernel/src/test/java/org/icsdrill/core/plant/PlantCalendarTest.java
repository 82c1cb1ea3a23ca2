package org.icsdrill.core.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Plant time read as local civil time: hour, weekday and day of the year, daylight saving included. */
class PlantCalendarTest {

    private static final double HOUR = 3600;
    private static final double DAY = 86_400;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDefaultIsAWinterMondayAtTenUtc() {
        PlantCalendar calendar = PlantCalendar.DEFAULT;

        assertThat(calendar.start()).isEqualTo(ZonedDateTime.of(2026, 1, 12, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(calendar.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(calendar.hourOfDay(0)).isEqualTo(10.0);
        assertThat(calendar.dayOfWeek(0)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendar.dayOfYear(0)).isCloseTo(12 + 10.0 / 24, within(1e-12));
    }

    @Test
    void aPlantTimeIsTheStartPlusThatManySecondsToTheNanosecond() {
        PlantCalendar calendar = PlantCalendar.DEFAULT;

        assertThat(calendar.at(0)).isEqualTo(calendar.start());
        assertThat(calendar.at(90.25)).isEqualTo(ZonedDateTime.of(2026, 1, 12, 10, 1, 30, 250_000_000, ZoneOffset.UTC));
        assertThat(calendar.at(1.6e-9)).isEqualTo(calendar.start().plusNanos(2));
        assertThat(calendar.at(-HOUR)).isEqualTo(ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void theHourOfTheDayRunsFromLocalMidnightAndWrapsAt24() {
        PlantCalendar calendar = PlantCalendar.DEFAULT;

        assertThat(calendar.hourOfDay(1.5 * HOUR)).isEqualTo(11.5);
        assertThat(calendar.hourOfDay(14 * HOUR - 1)).isCloseTo(24 - 1 / HOUR, within(1e-9));
        assertThat(calendar.hourOfDay(14 * HOUR)).isEqualTo(0.0);
        assertThat(calendar.hourOfDay(-11 * HOUR)).isEqualTo(23.0); // the Sunday before
        assertThat(calendar.dayOfWeek(-11 * HOUR)).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void weekdaysAreMondayToFriday() {
        PlantCalendar calendar = PlantCalendar.DEFAULT; // a Monday

        DayOfWeek[] days = new DayOfWeek[7];
        boolean[] weekday = new boolean[7];
        for (int i = 0; i < 7; i++) {
            days[i] = calendar.dayOfWeek(i * DAY);
            weekday[i] = calendar.isWeekday(i * DAY);
        }

        assertThat(days).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(weekday).containsExactly(true, true, true, true, true, false, false);
        // Friday 23:59:59 still a weekday, Saturday 00:00 not
        assertThat(calendar.isWeekday(4 * DAY + 14 * HOUR - 1)).isTrue();
        assertThat(calendar.isWeekday(4 * DAY + 14 * HOUR)).isFalse();
    }

    @Test
    void anInstantIsReadInTheGivenZone() {
        Instant sundayNightUtc = Instant.parse("2026-01-11T23:30:00Z");
        PlantCalendar tokyo = PlantCalendar.at(sundayNightUtc, ZoneId.of("Asia/Tokyo"));
        PlantCalendar utc = PlantCalendar.at(sundayNightUtc, ZoneOffset.UTC);

        assertThat(tokyo.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.start().toInstant()).isEqualTo(sundayNightUtc);
        assertThat(tokyo.hourOfDay(0)).isEqualTo(8.5);
        assertThat(tokyo.dayOfWeek(0)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(tokyo.isWeekday(0)).isTrue();
        assertThat(utc.hourOfDay(0)).isEqualTo(23.5);
        assertThat(utc.dayOfWeek(0)).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(utc.isWeekday(0)).isFalse();
    }

    @Test
    void theSpringForwardSkipsAnHourOfLocalTime() {
        // Berlin, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST
        PlantCalendar calendar = new PlantCalendar(ZonedDateTime.of(2026, 3, 29, 0, 0, 0, 0, BERLIN));

        assertThat(calendar.hourOfDay(2 * HOUR)).isEqualTo(3.0);
        assertThat(calendar.hourOfDay(3 * HOUR)).isEqualTo(4.0);
        assertThat(calendar.dayOfYear(3 * HOUR)).isCloseTo(88 + 4.0 / 24, within(1e-12));
        assertThat(calendar.hourOfDay(23 * HOUR)).isEqualTo(0.0); // the local day had 23 hours
        assertThat(calendar.dayOfWeek(23 * HOUR)).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void theFallBackRepeatsAnHourOfLocalTime() {
        // Berlin, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET
        PlantCalendar calendar = new PlantCalendar(ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, BERLIN));

        assertThat(calendar.hourOfDay(2 * HOUR)).isEqualTo(2.0);
        assertThat(calendar.hourOfDay(3 * HOUR)).isEqualTo(2.0);
        assertThat(calendar.hourOfDay(24 * HOUR)).isEqualTo(23.0); // the local day had 25 hours
        assertThat(calendar.dayOfWeek(24 * HOUR)).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void theDayOfTheYearStartsAgainOnTheFirstOfJanuaryAndCountsALeapDay() {
        PlantCalendar calendar = new PlantCalendar(ZonedDateTime.of(2028, 12, 31, 12, 0, 0, 0, ZoneOffset.UTC));

        assertThat(calendar.dayOfYear(0)).isEqualTo(366.5);
        assertThat(calendar.dayOfYear(12 * HOUR)).isEqualTo(1.0);
        assertThat(calendar.dayOfYear(18 * HOUR)).isEqualTo(1.25);
    }

    @Test
    void aFixedOffsetReadsTheSameAsAZoneWithoutDaylightSavingAtEveryPlantTime() {
        Instant start = Instant.parse("2026-12-31T13:59:59.250Z");
        PlantCalendar offset = PlantCalendar.at(start, ZoneOffset.ofHours(9)); // arithmetic, no zone rules
        PlantCalendar tokyo = PlantCalendar.at(start, ZoneId.of("Asia/Tokyo")); // through the zone rules
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        for (int i = 0; i < 2_000; i++) {
            double t = i < 100 ? i * 0.1 : random.nextDouble(0, 400 * DAY);
            assertThat(offset.hourOfDay(t)).as("hour at %s", t).isEqualTo(tokyo.hourOfDay(t));
            assertThat(offset.dayOfWeek(t)).as("weekday at %s", t).isEqualTo(tokyo.dayOfWeek(t));
            assertThat(offset.dayOfYear(t)).as("day of year at %s", t).isEqualTo(tokyo.dayOfYear(t));
        }
    }

    @Test
    void aCalendarNeedsAStart() {
        assertThatThrownBy(() -> new PlantCalendar(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("start");
    }
}
