package org.icsdrill.evidence.trainees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.evidence.record.ActionTaken;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.TagInfo;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.ExpectedAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainees' scores of {@link ReviewFixture}, worked out by hand in its comment. */
class TraineeScorerTest {

    @TempDir
    static Path dir;
    static Path file;
    static ExerciseScore score;

    @BeforeAll
    static void play() throws Exception {
        file = ReviewFixture.play(dir);
        try (RecordReader record = RecordReader.open(file)) {
            score = TraineeScorer.score(record);
        }
    }

    @Test
    void theRecordKeepsTheExpectationsAndTheScenariosTexts() {
        try (RecordReader record = RecordReader.open(file)) {
            Expectations expectations = record.expectations();
            assertThat(expectations.detect()).extracting(Expectations.Detect::attack)
                    .containsExactly("setpoint", "rogue-write", "never");
            assertThat(expectations.detect().get(0).technique()).isTrue();
            assertThat(expectations.detect().get(0).within()).hasSeconds(20);
            assertThat(expectations.respond()).hasSize(2);
            assertThat(expectations.respond().get(0).actions())
                    .containsExactly(new ExpectedAction(ResponseAction.RESTORE_PARAMETERS, "chemical"));
            assertThat(expectations.respond().get(1).actions())
                    .containsExactly(new ExpectedAction(ResponseAction.ISOLATE_HOST, "127.0.0.66"));
            assertThat(expectations.limits()).isEqualTo(new Expectations.Limits(true, true));
            assertThat(record.meta()).containsEntry("format_version", "7")
                    .containsEntry("briefing", "Day shift. <script>alert('briefing')</script>")
                    .containsEntry("duration_seconds", "3600");
        }
    }

    @Test
    void teamTimeToDetectIsTheFirstCorrectDeclarationAfterTheStart() {
        DetectionResult setpoint = detection(score.team(), "setpoint");
        assertThat(setpoint.detectedBy()).map(Declaration::trainee).hasValue("alice");
        assertThat(setpoint.timeToDetect()).hasValue(12.0);
        assertThat(setpoint.onTime()).hasValue(true);
        assertThat(setpoint.plantNamed()).isTrue();
        assertThat(setpoint.techniqueNamed()).isTrue();

        DetectionResult rogue = detection(score.team(), "rogue-write");
        assertThat(rogue.detectedBy()).map(Declaration::trainee).hasValue("bob");
        assertThat(rogue.timeToDetect()).hasValue(5.0);
        assertThat(rogue.onTime()).hasValue(true);

        DetectionResult trip = detection(score.team(), "trip-limit");
        assertThat(trip.timeToDetect()).hasValue(5.0);
        assertThat(trip.onTime()).as("no expectation").isEmpty();

        assertThat(score.team().detected()).isEqualTo(3);
        assertThat(score.team().detectedOnTime()).isEqualTo(2);
        assertThat(score.team().expectedDetections()).isEqualTo(2);
        assertThat(score.team().meanTimeToDetect().getAsDouble()).isCloseTo((12 + 5 + 5) / 3.0, within(1e-9));
        assertThat(score.notRun()).containsExactly("never");
    }

    @Test
    void aDeclarationWithTheWrongTechniqueNamesThePlantButDoesNotDetect() {
        TraineeScore bob = trainee("bob");
        DetectionResult setpoint = detection(bob, "setpoint");
        assertThat(setpoint.detected()).isFalse();
        assertThat(setpoint.plantNamed()).isTrue();
        assertThat(setpoint.techniqueNamed()).isFalse();
        assertThat(setpoint.onTime()).hasValue(false);
        assertThat(detection(bob, "rogue-write").timeToDetect()).hasValue(5.0);
    }

    @Test
    void aDeclarationNamingAnotherAttackDoesNotConcernThisOne() {
        TraineeScore alice = trainee("alice");
        assertThat(detection(alice, "setpoint").timeToDetect()).hasValue(12.0);
        assertThat(detection(alice, "rogue-write").detected()).as("175 s names trip-limit").isFalse();
        assertThat(detection(alice, "trip-limit").timeToDetect()).hasValue(5.0);
    }

    @Test
    void wrongDeclarationsConcernNoAttack() {
        assertThat(score.team().wrong()).extracting(Declaration::plantTime).containsExactly(5.0, 140.0);
        assertThat(trainee("alice").wrong()).extracting(Declaration::plantTime).containsExactly(5.0);
        assertThat(trainee("bob").wrong()).extracting(Declaration::plantTime).containsExactly(140.0);
        assertThat(score.team().declarations()).isEqualTo(6);
    }

    @Test
    void responsesWithinAndOutsideTheExpectedTime() {
        ResponseResult setpoint = response(score.team(), "setpoint");
        assertThat(setpoint.first()).hasValueSatisfying(a -> assertThat(a.action()).isEqualTo("restore_parameters"));
        assertThat(setpoint.timeToRespond()).hasValue(20.0);
        assertThat(setpoint.onTime()).isTrue();
        ResponseResult rogue = response(score.team(), "rogue-write");
        assertThat(rogue.timeToRespond()).as("isolate_host 127.0.0.66, 160 - 120").hasValue(40.0);
        assertThat(rogue.onTime()).isFalse();
        assertThat(score.team().respondedOnTime()).isEqualTo(1);

        assertThat(response(trainee("bob"), "setpoint").first()).as("switch_to_manual is not accepted").isEmpty();
        assertThat(response(trainee("alice"), "rogue-write").first()).isEmpty();
    }

    @Test
    void anActionCountsOnlyAimedAtTheExpectedTarget() {
        RecordReader.Attack rogue = new RecordReader.Attack("rogue", "unauthorized_command", "T0855",
                "Unauthorized Command Message", "network", 100, OptionalDouble.of(130), "127.0.0.66",
                List.of("chemical"), List.of("chemical.R1.FIC101.SP"), "{}");
        Expectations.Respond isolate = new Expectations.Respond("rogue", Duration.ofMinutes(5),
                List.of(new ExpectedAction(ResponseAction.ISOLATE_HOST, "127.0.0.66"),
                        new ExpectedAction(ResponseAction.SWITCH_TO_MANUAL, "chemical.R1.FIC101.AUTO")));
        List<ActionTaken> actions = List.of(
                new ActionTaken(110, "", "bob", "isolate_host", "127.0.0.1", ""),
                new ActionTaken(115, "", "bob", "switch_to_manual", "R1.TIC101.AUTO", "plant chemical"),
                new ActionTaken(120, "", "alice", "switch_to_manual", "R1.FIC101.AUTO", "plant chemical"),
                new ActionTaken(125, "", "bob", "isolate_host", "127.0.0.66", ""));
        Expectations expectations = new Expectations(List.of(), List.of(isolate), Expectations.Limits.NONE);

        ExerciseScore scored = TraineeScorer.score("s", "S", List.of(rogue), expectations, List.of(), actions,
                new Outcome(List.of(), Expectations.Limits.NONE, false));

        assertThat(scored.team().responses().get(0).first()).as("the wrong host and loop do not count")
                .hasValueSatisfying(a -> assertThat(a.plantTime()).isEqualTo(120));
        Expectations.Respond anyTarget = new Expectations.Respond("rogue", Duration.ofMinutes(5),
                List.of(new ExpectedAction(ResponseAction.ISOLATE_HOST, "")));
        assertThat(TraineeScorer.score("s", "S", List.of(rogue), new Expectations(List.of(), List.of(anyTarget),
                Expectations.Limits.NONE), List.of(), actions, new Outcome(List.of(), Expectations.Limits.NONE, false)).team().responses().get(0).first())
                .as("a format-2 record's bare action takes any target")
                .hasValueSatisfying(a -> assertThat(a.plantTime()).isEqualTo(110));
    }

    @Test
    void aClosedConduitCountsWhenItIsTheConduitOrTheServiceExpected() {
        RecordReader.Attack pivot = new RecordReader.Attack("pivot", "unauthorized_command", "T0855",
                "Unauthorized Command Message", "network", 100, OptionalDouble.of(130), "127.0.0.66",
                List.of("chemical"), List.of("chemical.R1.FIC101.SP"), "{}");
        Expectations rdp = new Expectations(List.of(), List.of(new Expectations.Respond("pivot", Duration.ofMinutes(2),
                List.of(new ExpectedAction(ResponseAction.CLOSE_CONDUIT, "enterprise-dmz rdp/3389")))),
                Expectations.Limits.NONE);
        List<ActionTaken> actions = List.of(
                new ActionTaken(90, "", "bob", "close_conduit", "enterprise-dmz rdp/3389", ""), // before the start
                new ActionTaken(110, "", "bob", "close_conduit", "internet-dmz", ""),
                new ActionTaken(120, "", "aiko", "close_conduit", "enterprise-dmz", ""),
                new ActionTaken(150, "", "aiko", "close_conduit", "enterprise-dmz  rdp/3389", ""));
        Outcome none = new Outcome(List.of(), Expectations.Limits.NONE, false);

        ResponseResult result = TraineeScorer.score("s", "S", List.of(pivot), rdp, List.of(), actions, none).team()
                .responses().get(0);
        assertThat(result.first()).as("another conduit, or the whole conduit for one service, is not it")
                .hasValueSatisfying(a -> assertThat(a.plantTime()).isEqualTo(150));
        assertThat(result.timeToRespond()).hasValue(50.0);
        assertThat(result.onTime()).isTrue();

        Expectations whole = new Expectations(List.of(), List.of(new Expectations.Respond("pivot",
                Duration.ofMinutes(2), List.of(new ExpectedAction(ResponseAction.CLOSE_CONDUIT, "enterprise-dmz")))),
                Expectations.Limits.NONE);
        assertThat(TraineeScorer.score("s", "S", List.of(pivot), whole, List.of(), actions, none).team().responses()
                .get(0).first()).as("the whole conduit expected")
                .hasValueSatisfying(a -> assertThat(a.plantTime()).isEqualTo(120));
    }

    @Test
    void onlyAnAttackThatExpectsAResponseHasOneAsTheDeskShowsIt() {
        // the desk's two-attack drill (TimelineComparisonViewModelTest, DrillScreenshotTest): the feed set
        // point answered by isolating 127.0.0.66, the gas reconnaissance expecting no response
        RecordReader.Attack feed = new RecordReader.Attack("feed-setpoint", "unauthorized_command", "T0855",
                "Unauthorized Command Message", "network", 600, OptionalDouble.empty(), "127.0.0.66",
                List.of("chemical"), List.of("chemical.R1.FIC101.SP"), "{}");
        RecordReader.Attack recon = new RecordReader.Attack("k101-recon", "reconnaissance", "T0846",
                "Remote System Discovery", "network", 620, OptionalDouble.empty(), "127.0.0.66", List.of("gas"),
                List.of(), "{}");
        Expectations expectations = new Expectations(List.of(), List.of(new Expectations.Respond("feed-setpoint",
                Duration.ofMinutes(10), List.of(new ExpectedAction(ResponseAction.ISOLATE_HOST, "127.0.0.66")))),
                Expectations.Limits.NONE);
        List<ActionTaken> actions = List.of(
                new ActionTaken(700, "", "aiko", "isolate_host", "127.0.0.1", ""),
                new ActionTaken(745, "", "aiko", "isolate_host", "127.0.0.66", ""));

        TraineeScore team = TraineeScorer.score("s", "S", List.of(feed, recon), expectations, List.of(), actions,
                new Outcome(List.of(), Expectations.Limits.NONE, false)).team();

        assertThat(team.responses()).singleElement().satisfies(r -> {
            assertThat(r.attack().id()).isEqualTo("feed-setpoint");
            assertThat(r.timeToRespond()).as("745 - 600, as the desk says").hasValue(145.0);
        });
    }

    @Test
    void theOutcomeCountsTheTripAndKeepsTheLimits() {
        Outcome outcome = score.outcome();
        assertThat(outcome.statusRecorded()).isTrue();
        assertThat(outcome.trips()).isEqualTo(1);
        assertThat(outcome.damaged()).isFalse();
        assertThat(outcome.noTripKept()).isFalse();
        assertThat(outcome.noDamageKept()).isTrue();
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(record.statusChanges()).hasSize(2);
            assertThat(record.statusChanges().get(1).status()).isEqualTo("tripped");
            assertThat(record.statusChanges().get(1).plantTime()).as("the set point's overshoot").isBetween(30.0, 90.0);
        }
    }

    @Test
    void minutesOutOfLimitsCountSecondsWithATrueValueAtOrBeyondHighHighOrLowLow() {
        long expected = 0;
        try (RecordReader record = RecordReader.open(file)) {
            List<TagInfo> tags = record.tagInfo("chemical");
            assertThat(tags).filteredOn(t -> t.name().equals("R1.TT101")).singleElement()
                    .satisfies(t -> assertThat(t.highHigh()).isEqualTo(360.0));
            long[] range = record.historianRange("chemical").orElseThrow();
            for (long second = range[0]; second <= range[1]; second++) {
                boolean out = false;
                for (TagInfo tag : tags) {
                    double v = record.series("chemical", tag.name(), second, second).get(0).trueValue();
                    out |= v >= tag.highHigh() || v <= tag.lowLow();
                }
                expected += out ? 1 : 0;
            }
            assertThat(expected).as("the overshoot passes 360 K").isPositive();
            assertThat(record.secondsOutOfLimits("chemical")).isEqualTo(expected);
        }
        assertThat(score.outcome().minutesOutOfLimits()).isEqualTo(expected / 60.0);
    }

    @Test
    void aDeclarationWithinTenMinutesOfTheEndStillConcernsTheAttack() {
        RecordReader.Attack attack = new RecordReader.Attack("a", "replay", "T0832", "Manipulation of View", "view", 100,
                java.util.OptionalDouble.of(200), "127.0.0.66", List.of("gas"), List.of(), "{}");
        assertThat(TraineeScorer.concerns(declaration(99, "gas"), attack)).isFalse();
        assertThat(TraineeScorer.concerns(declaration(100, "gas"), attack)).isTrue();
        assertThat(TraineeScorer.concerns(declaration(800, "gas"), attack)).isTrue();
        assertThat(TraineeScorer.concerns(declaration(800.5, "gas"), attack)).isFalse();
        assertThat(TraineeScorer.concerns(declaration(150, "chemical"), attack)).isFalse();
        assertThat(TraineeScorer.concerns(new Declaration(150, "", "x", "chemical", "", Optional.of("a"),
                Optional.empty(), ""), attack)).as("naming the attack is enough to concern it").isTrue();
    }

    @Test
    void aStageIsDetectedByADeclarationOnAHostItReachedWithItsTechniqueWhenExpected() {
        RecordReader.Attack download = new RecordReader.Attack("download", "stage", "T0843", "Program Download", "it",
                600, java.util.OptionalDouble.empty(), "engineering", List.of(), List.of("engineering", "gas-plc"), "{}");
        Expectations expectations = new Expectations(
                List.of(new Expectations.Detect("download", Duration.ofMinutes(10), true)), List.of(),
                Expectations.Limits.NONE);
        List<Declaration> declarations = List.of(
                onHost(590, "gas-plc", "T0843"), // before the stage: not about it
                onHost(620, "office-pc-1", "T0843"), // another host
                new Declaration(640, "", "x", "gas", "", Optional.empty(), Optional.of("T0843"), ""), // a plant only
                onHost(660, "gas-plc", ""), // the host, without the technique the expectation asks for
                onHost(700, "GAS-PLC ", "T0843"));
        DetectionResult result = TraineeScorer.trainee(Optional.empty(), List.of(download), expectations,
                declarations, List.of()).detections().get(0);
        assertThat(result.detectedBy()).map(Declaration::plantTime).contains(700.0);
        assertThat(result.timeToDetect()).hasValue(100.0);
        assertThat(result.onTime()).contains(true);
        assertThat(result.plantNamed()).as("a host it reached was named").isTrue();
    }

    private static Declaration onHost(double time, String host, String technique) {
        return new Declaration(time, "", "x", "", host, Optional.empty(),
                technique.isEmpty() ? Optional.empty() : Optional.of(technique), "");
    }

    @Test
    void theJsonAndTextSummaryCarryTheFigures() {
        String json = ExerciseScoreJson.write(score);
        assertThat(json).contains("\"time_to_detect_seconds\" : 12.0", "\"wrong_declarations\" : 2",
                "\"not_run\" : [ \"never\" ]", "\"trips\" : 1", "\"no_trip_kept\" : false");
        String text = ExerciseScoreSummary.format(score);
        assertThat(text).contains("Team: detected 3 of 3 attacks (2 of 2 expected in time)",
                "responded in time to 1 of 2", "2 wrong declarations of 6", "Expected but never started: never",
                "1 trip", "no trip BROKEN", "Trainee alice:", "Trainee bob:");
    }

    private static Declaration declaration(double time, String plant) {
        return new Declaration(time, "", "x", plant, "", Optional.empty(), Optional.empty(), "");
    }

    private static TraineeScore trainee(String name) {
        return score.trainees().stream().filter(t -> t.trainee().equals(Optional.of(name))).findFirst().orElseThrow();
    }

    private static DetectionResult detection(TraineeScore s, String attack) {
        return s.detections().stream().filter(d -> d.attack().id().equals(attack)).findFirst().orElseThrow();
    }

    private static ResponseResult response(TraineeScore s, String attack) {
        return s.responses().stream().filter(r -> r.attack().id().equals(attack)).findFirst().orElseThrow();
    }
}
