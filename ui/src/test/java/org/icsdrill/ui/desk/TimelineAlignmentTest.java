package org.icsdrill.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.icsdrill.api.TimelineEntry.Kind;
import org.icsdrill.api.TimelineEntry;
import org.junit.jupiter.api.Test;

/** The rules of the desk's comparison, without a server. */
class TimelineAlignmentTest {

    @Test
    void entriesOfTheSameSecondShareLinesAndTheDrillsOwnRunningIsLeftOut() {
        var attack = entry(600.2, Kind.ATTACK_STARTED, "scenario", "gas,chemical", "storm");
        var ack = entry(600.7, Kind.ALARM_ACKNOWLEDGED, "aiko", "gas", "K101.PT101");
        var shelve = entry(600.9, Kind.ALARM_SHELVED, "aiko", "gas", "K101.PT102");
        var inject = entry(610, Kind.INJECT, "scenario", "", "card-1");
        var note = entry(615, Kind.NOTE, "ines", "", "note");
        var fault = entry(620, Kind.FAULT_STARTED, "scenario", "chemical", "drift");

        var pairs = TimelineAlignment.align(List.of(fault, note, inject, shelve, ack, attack));

        assertThat(pairs).containsExactly(
                new TimelineAlignment.Pair(600, attack, ack),
                new TimelineAlignment.Pair(600, null, shelve),
                new TimelineAlignment.Pair(620, fault, null));
    }

    @Test
    void anAttackCountsDeclarationsOfItsPlantsAndResponsesOnThemOrTheNetworkAfterItsStart() {
        var attack = entry(100, Kind.ATTACK_STARTED, "scenario", "gas,chemical", "storm");
        var early = entry(50, Kind.DECLARATION, "aiko", "chemical", "");
        var elsewhere = entry(120, Kind.DECLARATION, "aiko", "power", "");
        var declared = entry(190, Kind.DECLARATION, "aiko", "chemical", "T0814");
        var otherPlant = entry(130, Kind.RESPONSE, "aiko", "power", "emergency_shutdown");
        var isolated = entry(250, Kind.RESPONSE, "aiko", "", "isolate_host");

        var summary = TimelineAlignment.attacks(List.of(early, attack, elsewhere, otherPlant, declared, isolated));

        assertThat(summary).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(attack);
            assertThat(s.toDeclaration()).isEqualTo(OptionalDouble.of(90));
            assertThat(s.toResponse()).isEqualTo(OptionalDouble.of(150));
        });
        assertThat(TimelineAlignment.attacks(List.of(attack)).get(0).toDeclaration()).isEmpty();
    }

    private static TimelineEntry entry(double time, Kind kind, String user, String plant, String what) {
        return new TimelineEntry(time, kind, user, plant, what, "");
    }
}
