package org.icsdrill.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.api.TimelineEntry.Kind;
import org.icsdrill.api.TimelineEntry;
import org.junit.jupiter.api.Test;

/** The rules of the desk's comparison, without a server. */
class TimelineAlignmentTest {

    @Test
    void entriesOfTheSameSecondShareLinesInjectsAndTripsAreOnTheScriptsSideAndNotesAreLeftOut() {
        var attack = entry(600.2, Kind.ATTACK_STARTED, "scenario", "gas,chemical", "storm");
        var ack = entry(600.7, Kind.ALARM_ACKNOWLEDGED, "aiko", "gas", "K101.PT101");
        var shelve = entry(600.9, Kind.ALARM_SHELVED, "aiko", "gas", "K101.PT102");
        var inject = entry(610, Kind.INJECT, "scenario", "", "card-1");
        var note = entry(615, Kind.NOTE, "ines", "", "note");
        var fault = entry(620, Kind.FAULT_STARTED, "scenario", "chemical", "drift");
        var trip = entry(640.5, Kind.PLANT_STATUS, "", "chemical", "tripped");
        var pause = entry(641, Kind.INSTRUCTOR, "ines", "", "pause");

        var pairs = TimelineAlignment.align(List.of(pause, trip, fault, note, inject, shelve, ack, attack));

        assertThat(pairs).containsExactly(
                new TimelineAlignment.Pair(600, attack, ack),
                new TimelineAlignment.Pair(600, null, shelve),
                new TimelineAlignment.Pair(610, inject, null),
                new TimelineAlignment.Pair(620, fault, null),
                new TimelineAlignment.Pair(640, trip, null));
    }

    @Test
    void anAttackCountsDeclarationsOfItsPlantsAndTheExpectedResponseAfterItsStart() {
        var attack = entry(100, Kind.ATTACK_STARTED, "scenario", "gas,chemical", "storm");
        var early = entry(50, Kind.DECLARATION, "aiko", "chemical", "");
        var elsewhere = entry(120, Kind.DECLARATION, "aiko", "power", "");
        var declared = entry(190, Kind.DECLARATION, "aiko", "chemical", "T0814");
        var tooEarly = response(60, "", "isolate_host", "127.0.0.66");
        var otherPlant = response(130, "power", "emergency_shutdown", "");
        var wrongHost = response(200, "", "isolate_host", "127.0.0.1");
        var isolated = response(250, "", "isolate_host", "127.0.0.66");
        var timeline = List.of(early, tooEarly, attack, elsewhere, otherPlant, declared, wrongHost, isolated);

        var summary = TimelineAlignment.attacks(timeline, Set.of(),
                Map.of("storm", List.of(new ResponseRule.Expected(ResponseAction.ISOLATE_HOST, "127.0.0.66"))));

        assertThat(summary).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(attack);
            assertThat(s.toDeclaration()).isEqualTo(OptionalDouble.of(90));
            assertThat(s.responseExpected()).isTrue();
            assertThat(s.toResponse()).isEqualTo(OptionalDouble.of(150));
        });
        assertThat(TimelineAlignment.attacks(List.of(attack), Set.of(), Map.of()).get(0).toDeclaration()).isEmpty();
        assertThat(TimelineAlignment.attacks(timeline, Set.of(), Map.of())).singleElement()
                .as("no response expected: none, whatever the trainees did").satisfies(s -> {
                    assertThat(s.responseExpected()).isFalse();
                    assertThat(s.toResponse()).isEmpty();
                });
    }

    @Test
    void detectionFollowsTheReportsRuleWindowAndTechnique() {
        // gas-stuxnet's reconnaissance: a minute's scan on every plant, then silence
        var recon = new TimelineEntry(120, Kind.ATTACK_STARTED, "scenario", "gas", "recon", "T0846");
        var reconEnds = entry(180, Kind.ATTACK_STOPPED, "scenario", "gas", "recon");
        var replay = new TimelineEntry(600, Kind.ATTACK_STARTED, "scenario", "gas", "replay", "T0832");
        var late = entry(1200, Kind.DECLARATION, "aiko", "gas", "T0846");
        var wrongTechnique = entry(800, Kind.DECLARATION, "aiko", "gas", "T0836");
        var right = entry(900, Kind.DECLARATION, "aiko", "gas", " t0832 ");

        var summary = TimelineAlignment.attacks(List.of(recon, reconEnds, replay, wrongTechnique, right, late),
                Set.of("replay"), Map.of());

        assertThat(summary.get(0).toDeclaration()).as("recon: only until 10 minutes after it stopped").isEmpty();
        assertThat(summary.get(0).detectableUntil()).isEqualTo(780);
        assertThat(summary.get(1).toDeclaration()).as("replay: the technique is expected")
                .isEqualTo(OptionalDouble.of(300));
        assertThat(summary.get(1).detectableUntil()).isInfinite();
    }

    @Test
    void aStageIsDetectedByADeclarationOnAHostItReached() {
        // gas-stuxnet-usb's download: the engineering workstation to the gas PLC, as the exercise puts it
        var download = new TimelineEntry(1800, Kind.STAGE_REACHED, "scenario", "", "download",
                "T0843 engineering (operations) -> gas-plc (control-gas)", "engineering,gas-plc");
        var onThePlant = entry(1850, Kind.DECLARATION, "aiko", "gas", "T0843");
        var elsewhere = new TimelineEntry(1860, Kind.DECLARATION, "aiko", "", "T0843", "", "office-pc-1");
        var onItsHost = new TimelineEntry(1900, Kind.DECLARATION, "aiko", "", "T0843", "", "gas-plc");

        var summary = TimelineAlignment.attacks(List.of(download, onThePlant, elsewhere, onItsHost),
                Set.of("download"), Map.of());

        assertThat(summary).singleElement().satisfies(s -> {
            assertThat(s.toDeclaration()).isEqualTo(OptionalDouble.of(100));
            assertThat(s.detectableUntil()).as("a host once reached stays so").isInfinite();
        });
        assertThat(TimelineAlignment.places(download)).containsExactlyInAnyOrder("engineering", "gas-plc");
        assertThat(TimelineAlignment.technique(download)).isEqualTo("T0843");
    }

    /** A trainee's response as the exercise logs it: the action, its result in English, its target. */
    private static TimelineEntry response(double time, String plant, String action, String target) {
        return new TimelineEntry(time, Kind.RESPONSE, "aiko", plant, action, "done", target);
    }

    private static TimelineEntry entry(double time, Kind kind, String user, String plant, String what) {
        return new TimelineEntry(time, kind, user, plant, what, "");
    }
}
