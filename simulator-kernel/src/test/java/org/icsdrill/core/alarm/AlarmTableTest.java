package org.icsdrill.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.junit.jupiter.api.Test;

class AlarmTableTest {

    private final TagCatalog catalog = TagCatalog.of(List.of(
            TagDef.measurement("R1.TT101", "Reactor temperature", EngineeringUnit.KELVIN, 250, 500)
                    .alarms(AlarmLimits.analog(390, 370, 330, 310, 2, AlarmPriority.MEDIUM)).build(),
            TagDef.state("R1.TRIP", "Trip").alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH)).build()));
    private final AlarmTable table = new AlarmTable("chemical", catalog);

    private List<AlarmEvent> at(double temperature, double trip) {
        return table.evaluate(new double[] {temperature, trip}, 0);
    }

    /** ISA-18.2 on- and off-delays: a blip shorter than the on-delay never raises; a clear waits the off-delay. */
    @Test
    void onAndOffDelaysHoldTheChangeUntilTheConditionHasLasted() {
        TagCatalog delayed = TagCatalog.of(List.of(
                TagDef.measurement("K1.PT", "Pressure", EngineeringUnit.BAR, 0, 100)
                        .alarms(AlarmLimits.analog(Double.NaN, 60, Double.NaN, Double.NaN, 0.5, AlarmPriority.HIGH)
                                .withDelays(5, 30)).build()));
        AlarmTable t = new AlarmTable("gas", delayed);
        assertThat(t.evaluate(new double[] {61}, 0)).isEmpty();
        assertThat(t.evaluate(new double[] {59}, 3)).as("back before the on-delay: nothing").isEmpty();
        assertThat(t.evaluate(new double[] {61}, 10)).isEmpty();
        assertThat(t.evaluate(new double[] {61}, 14.9)).isEmpty();
        assertThat(t.evaluate(new double[] {61}, 15)).singleElement().extracting(AlarmEvent::type)
                .isEqualTo(AlarmEvent.Type.RAISED);
        assertThat(t.evaluate(new double[] {50}, 20)).isEmpty();
        assertThat(t.evaluate(new double[] {61}, 40)).as("high again within the off-delay: still the same alarm")
                .isEmpty();
        assertThat(t.evaluate(new double[] {50}, 41)).isEmpty();
        assertThat(t.evaluate(new double[] {50}, 70.9)).isEmpty();
        assertThat(t.evaluate(new double[] {50}, 71)).singleElement().extracting(AlarmEvent::type)
                .isEqualTo(AlarmEvent.Type.CLEARED);
    }

    /** State-based suppression: no alarm on a quantity that means nothing in the plant's state. */
    @Test
    void stateBasedSuppressionClearsAndHoldsTheAlarmWhileTheStateLasts() {
        TagCatalog machine = TagCatalog.of(List.of(
                TagDef.measurement("K1.ST", "Speed", EngineeringUnit.ONE, 0, 20000).build(),
                TagDef.measurement("K1.UY", "Surge margin", EngineeringUnit.PERCENT, -100, 300)
                        .alarms(AlarmLimits.analog(Double.NaN, Double.NaN, 5, Double.NaN, 1, AlarmPriority.MEDIUM)
                                .suppressedWhile("K1.ST", Double.NEGATIVE_INFINITY, 8000, "stopped")).build()));
        AlarmTable t = new AlarmTable("gas", machine);
        assertThat(t.evaluate(new double[] {15000, 2}, 0)).singleElement().extracting(AlarmEvent::type)
                .isEqualTo(AlarmEvent.Type.RAISED);
        assertThat(t.evaluate(new double[] {100, -100}, 1)).singleElement().extracting(AlarmEvent::type)
                .isEqualTo(AlarmEvent.Type.CLEARED);
        assertThat(t.evaluate(new double[] {100, 100}, 2)).isEmpty();
        assertThat(t.evaluate(new double[] {100, -100}, 3)).as("stopped: no alarm whatever the margin").isEmpty();
        assertThat(t.evaluate(new double[] {15000, -100}, 4)).singleElement().extracting(AlarmEvent::type)
                .isEqualTo(AlarmEvent.Type.RAISED);
    }

    @Test
    void raisesOnTheHighLimitAndHoldsWithinTheDeadband() {
        assertThat(at(350, 0)).isEmpty();
        assertThat(at(371, 0)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AlarmEvent.Type.RAISED);
            assertThat(e.alarm().level()).isEqualTo(AlarmLevel.HIGH);
            assertThat(e.alarm().priority()).isEqualTo(AlarmPriority.MEDIUM);
        });
        assertThat(at(369, 0)).as("inside the deadband").isEmpty();
        assertThat(at(367, 0)).singleElement().extracting(AlarmEvent::type).isEqualTo(AlarmEvent.Type.CLEARED);
    }

    @Test
    void highHighIsOnePriorityMoreAndEasingBackIsNotANewAlarm() {
        at(371, 0);
        assertThat(at(391, 0)).singleElement().satisfies(e -> {
            assertThat(e.alarm().level()).isEqualTo(AlarmLevel.HIGH_HIGH);
            assertThat(e.alarm().priority()).isEqualTo(AlarmPriority.HIGH);
        });
        table.acknowledge("R1.TT101", "op", 1);
        assertThat(at(380, 0)).isEmpty();
        assertThat(table.snapshot()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(AlarmLevel.HIGH);
            assertThat(a.acknowledged()).isTrue();
        });
    }

    @Test
    void anUnacknowledgedAlarmStaysListedAfterReturningToNormal() {
        at(300, 1);
        assertThat(table.snapshot()).hasSize(2);
        at(350, 0);
        assertThat(table.snapshot()).hasSize(2).allSatisfy(a -> assertThat(a.active()).isFalse());
        table.acknowledge("R1.TRIP", "op", 2);
        assertThat(table.snapshot()).singleElement().extracting(Alarm::tag).isEqualTo("R1.TT101");
    }

    @Test
    void acknowledgingAnActiveAlarmKeepsItUntilItClears() {
        at(300, 0);
        AlarmEvent ack = table.acknowledge("R1.TT101", "alice", 5);
        assertThat(ack.user()).isEqualTo("alice");
        assertThat(table.snapshot()).singleElement().satisfies(a -> assertThat(a.acknowledged()).isTrue());
        at(350, 0);
        assertThat(table.snapshot()).isEmpty();
    }

    @Test
    void aShelvedAlarmIsMarkedWithItsReasonAndComesBackWhenItsTimeRunsOut() {
        table.evaluate(new double[] {371, 0}, 10);
        AlarmEvent shelved = table.shelve("R1.TT101", "op", "transmitter being calibrated", 10, 70);

        assertThat(shelved.type()).isEqualTo(AlarmEvent.Type.SHELVED);
        assertThat(shelved.reason()).isEqualTo("transmitter being calibrated");
        assertThat(table.snapshot()).singleElement().satisfies(a -> assertThat(a.shelved()).isTrue());
        assertThat(table.evaluate(new double[] {371, 0}, 69.9)).isEmpty();
        assertThat(table.evaluate(new double[] {371, 0}, 70)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(AlarmEvent.Type.UNSHELVED));
        assertThat(table.snapshot()).singleElement().satisfies(a -> assertThat(a.shelved()).isFalse());
    }

    /** The alarm list says who acknowledged or shelved an alarm, and when; the limit it crossed rides along. */
    @Test
    void anAlarmCarriesItsLimitAndWhoAcknowledgedAndShelvedIt() {
        table.evaluate(new double[] {371, 1}, 10);
        assertThat(table.snapshot()).extracting(Alarm::limit).containsExactlyInAnyOrder(370.0, 1.0);
        assertThat(table.snapshot()).allSatisfy(a -> {
            assertThat(a.acknowledgedBy()).isEmpty();
            assertThat(a.acknowledgedAtSeconds()).isNaN();
            assertThat(a.shelvedBy()).isEmpty();
        });

        table.acknowledge("R1.TT101", "aiko", 12);
        table.shelve("R1.TT101", "ines", "transmitter under test", 15, 75);
        table.evaluate(new double[] {391, 1}, 20);
        assertThat(table.snapshot()).filteredOn(a -> a.tag().equals("R1.TT101")).singleElement().satisfies(a -> {
            assertThat(a.level()).as("raised again to HH while shelved").isEqualTo(AlarmLevel.HIGH_HIGH);
            assertThat(a.limit()).isEqualTo(390.0);
            assertThat(a.shelved()).isTrue();
            assertThat(a.shelvedBy()).isEqualTo("ines");
            assertThat(a.shelvedAtSeconds()).isEqualTo(15.0);
        });
        table.evaluate(new double[] {380, 1}, 21);
        table.acknowledge("R1.TT101", "aiko", 22);
        assertThat(table.snapshot()).filteredOn(a -> a.tag().equals("R1.TT101")).singleElement().satisfies(a -> {
            assertThat(a.level()).as("eased back to H: the same alarm").isEqualTo(AlarmLevel.HIGH);
            assertThat(a.limit()).isEqualTo(370.0);
            assertThat(a.acknowledgedBy()).isEqualTo("aiko");
            assertThat(a.acknowledgedAtSeconds()).isEqualTo(22.0);
            assertThat(a.shelvedBy()).isEqualTo("ines");
        });
        table.evaluate(new double[] {380, 1}, 75);
        assertThat(table.snapshot()).filteredOn(a -> a.tag().equals("R1.TT101")).singleElement().satisfies(a -> {
            assertThat(a.shelved()).isFalse();
            assertThat(a.shelvedBy()).as("back from the shelf: nobody holds it").isEmpty();
        });
    }

    @Test
    void onlyAnAlarmInTheListCanBeShelved() {
        assertThat(table.shelve("R1.TT101", "op", "why not", 0, 60)).isNull();
        assertThat(table.unshelve("R1.TT101", "op", 0)).isNull();
    }
}
