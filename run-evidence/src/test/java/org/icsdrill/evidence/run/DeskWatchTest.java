package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.icsdrill.api.AttackedTag;
import org.icsdrill.api.ExpectedDetection;
import org.icsdrill.api.ExpectedResponse;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.sim.Simulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the instructor's desk variable tells of a runaway hidden by a replay: the attacked tags true
 * against shown, the time to the HH limit while the true temperature climbs, the trip on the timeline.
 */
class DeskWatchTest {

    private static final String SCENARIO = """
            id: hidden-runaway
            title: Hidden runaway
            plants: [chemical]
            seed: 5
            duration: 30m
            start_time: 2026-01-15T09:00:00Z
            briefing: Watch the reactor.
            timeline:
              - at: 10s
                attack: {id: blind, kind: replay, targets: [chemical.R1.TT101], record: 10s}
              - at: 30s
                attack: {id: manual, kind: modify_parameter, target: chemical.R1.TIC101.AUTO, value: 0}
              - at: 31s
                attack: {id: coolant, kind: modify_parameter, target: chemical.R1.TV101, value: 0}
            expectations:
              detect:
                - {attack: blind, within: 5m, technique: true}
                - {attack: coolant, within: 2m}
              respond:
                - {attack: blind, within: 10m, actions: [{action: restore_program, plant: chemical}]}
            """;

    @TempDir
    Path out;

    Simulation simulation;
    Exercise exercise;
    ExerciseRig rig;

    @BeforeEach
    void start() {
        rig = ExerciseRig.start(SCENARIO, out, false);
        simulation = rig.simulation();
        exercise = rig.exercise();
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void theDeskKnowsTheExpectationsAndNothingIsAttackedBeforeTheFirstAttack() {
        simulation.advance(Duration.ofSeconds(5));

        assertThat(exercise.deskState().detect()).containsExactly(new ExpectedDetection("blind", 300, true),
                new ExpectedDetection("coolant", 120, false));
        assertThat(exercise.deskState().respond()).as("the coolant attack expects no response")
                .containsExactly(new ExpectedResponse("blind", 600,
                        List.of(new ResponseRule.Expected(ResponseAction.RESTORE_PROGRAM, "chemical"))));
        assertThat(exercise.deskState().attackedTags()).isEmpty();
    }

    @Test
    void theTrueTemperatureClimbsBehindTheReplayWithATimeToItsLimitUntilThePlantTrips() {
        simulation.advance(Duration.ofSeconds(45));
        AttackedTag coolant = tag("R1.TV101").orElseThrow();
        assertThat(coolant.targeted()).isTrue();
        assertThat(coolant.attacks()).containsExactly("coolant");
        assertThat(coolant.trueValue()).isZero();

        Double toLimit = null;
        for (int s = 0; s < 600 && toLimit == null; s++) {
            simulation.advance(Duration.ofSeconds(1));
            toLimit = tag("R1.TT101").map(AttackedTag::secondsToLimit).filter(t -> t > 0).orElse(null);
        }
        AttackedTag temperature = tag("R1.TT101").orElseThrow();
        assertThat(toLimit).as("a time to HH while the true temperature climbs").isNotNull().isPositive();
        assertThat(temperature.limit()).isEqualTo("HH");
        assertThat(temperature.limitValue()).isEqualTo(360.0);
        assertThat(temperature.attacks()).containsExactly("blind");
        assertThat(temperature.trueValue() - temperature.shownValue()).as("the replay hides the climb").isGreaterThan(1);

        for (int s = 0; s < 900 && !tripped(); s++) {
            simulation.advance(Duration.ofSeconds(1));
        }
        assertThat(tripped()).as("the SIS trips on the true temperature").isTrue();
        assertThat(tag("R1.TT101").map(AttackedTag::secondsToLimit)).as("at or beyond HH").contains(0.0);
    }

    private boolean tripped() {
        return exercise.timeline().stream().anyMatch(e -> e.kind() == TimelineEntry.Kind.PLANT_STATUS
                && e.plant().equals("chemical") && e.what().equals("tripped"));
    }

    private Optional<AttackedTag> tag(String name) {
        return exercise.deskState().attackedTags().stream().filter(t -> t.tag().equals(name)).findFirst();
    }
}
