package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.Declaration;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.evidence.run.ScenarioRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario driven from the consoles: cards, the instructor's injects, ground truth, checkpoints, the record. */
class ScenarioExerciseTest {

    private static final String SCENARIO = """
            id: exercise-test
            title: Exercise test
            description: Injects, an attack and a checkpoint.
            plants: [chemical]
            seed: 3
            duration: 30m
            start_time: 2026-01-15T09:00:00Z
            briefing: Watch the reactor.
            instructor_notes: See whether they compare TT101 with the SIS.
            ja:
              briefing: 反応器を監視してください。
              title: 演習テスト
            timeline:
              - at: 10s
                inject: {audience: operator, text: "Shift handover", questions: ["Anything unusual?"]}
              - at: 20s
                attack:
                  id: setpoint
                  kind: modify_parameter
                  target: chemical.R1.TIC101.SP
                  value: 358
              - at: 1m
                inject: {audience: manager, text: "The press calls"}
              - at: 2m
                checkpoint: {text: "What have you seen?"}
            """;

    private static final Actor TRAINEE = new Actor("aiko", "127.0.0.1");
    private static final Actor INSTRUCTOR = new Actor("ines", "127.0.0.1");

    @TempDir
    Path out;

    Simulation simulation;
    SimulationDriver driver;
    Exercise exercise;
    ScenarioRun run;

    @BeforeEach
    void start() {
        ExerciseRig rig = ExerciseRig.start(SCENARIO, out, true);
        simulation = rig.simulation();
        driver = rig.driver();
        exercise = rig.exercise();
        run = rig.run();
    }

    @AfterEach
    void stop() {
        if (run != null) { // a test may close the run itself to read the record
            run.close();
        }
        exercise.close();
    }

    @Test
    void everyoneGetsTheBriefingAndOnlyTheDeskTheScenariosNameNotesAndNextInject() {
        simulation.advance(Duration.ofSeconds(5));

        var state = exercise.state();
        assertThat(state.briefing()).isEqualTo("Watch the reactor.");
        assertThat(state.briefingIn("ja")).isEqualTo("反応器を監視してください。");
        assertThat(state.briefingIn("de")).as("no German: as written").isEqualTo("Watch the reactor.");
        assertThat(ExerciseJson.write(state)).doesNotContain("exercise-test", "Exercise test", "演習テスト",
                "compare TT101", "setpoint");
        var desk = exercise.deskState();
        assertThat(desk.scenarioId()).isEqualTo("exercise-test");
        assertThat(desk.in("ja").title()).isEqualTo("演習テスト");
        assertThat(desk.in("ja").instructorNotes()).as("not translated: as written")
                .isEqualTo("See whether they compare TT101 with the SIS.");
        assertThat(desk.nextInjectAt()).isEqualTo(10.0);
    }

    @Test
    void scriptedInjectsBecomeCardsAndTheInstructorCanHandTheNextOneOutEarly() {
        simulation.advance(Duration.ofSeconds(11));
        assertThat(exercise.cards()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("card-1");
            assertThat(c.questions()).containsExactly("Anything unusual?");
        });

        exercise.fireNextInject(INSTRUCTOR);

        assertThat(exercise.cards()).hasSize(2).last().satisfies(c -> {
            assertThat(c.audience()).isEqualTo("manager");
            assertThat(c.plantTime()).isEqualTo(11.0);
        });
        assertThat(exercise.deskState().nextInjectAt()).isEqualTo(-1);
        assertThatThrownBy(() -> exercise.fireNextInject(INSTRUCTOR)).hasMessageContaining("no scripted inject");
        simulation.advance(Duration.ofSeconds(60));
        assertThat(exercise.cards()).as("the early inject does not come again").hasSize(2);
    }

    @Test
    void attacksAreGroundTruthForTheInstructorOnly() {
        simulation.advance(Duration.ofSeconds(21));

        assertThat(exercise.timeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.ATTACK_STARTED);
            assertThat(e.what()).isEqualTo("setpoint");
            assertThat(e.detail()).isEqualTo("T0836");
            assertThat(e.plant()).isEqualTo("chemical");
        });
        assertThat(exercise.traineeTimeline()).noneSatisfy(e -> assertThat(e.kind().isGroundTruth()).isTrue());
    }

    @Test
    void aCheckpointPausesTheDrillForDiscussion() {
        simulation.advance(Duration.ofSeconds(119));
        assertThat(driver.isPaused()).isFalse();

        simulation.advance(Duration.ofSeconds(2));

        assertThat(driver.isPaused()).isTrue();
    }

    @Test
    void whatTraineesDoIsInTheRecord() throws Exception {
        simulation.advance(Duration.ofSeconds(25));
        exercise.declareIncident(TRAINEE, new Declaration("chemical", "T0836", "TIC101", "set point moved"));
        exercise.respond(TRAINEE, ResponseAction.RESTORE_PARAMETERS, "chemical", "");
        exercise.answerInject(TRAINEE, "card-1", 0, "The reactor set point moved");
        run.close();
        run = null;

        try (var db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("record.sqlite"));
             var s = db.createStatement()) {
            ResultSet d = s.executeQuery("SELECT trainee, plant, technique, text FROM declaration");
            assertThat(d.next()).isTrue();
            assertThat(d.getString(1)).isEqualTo("aiko");
            assertThat(d.getString(3)).isEqualTo("T0836");
            assertThat(d.getString(4)).contains("TIC101", "set point moved");
            ResultSet a = s.executeQuery("SELECT action FROM response_action");
            assertThat(a.next()).isTrue();
            assertThat(a.getString(1)).isEqualTo("restore_parameters");
            ResultSet q = s.executeQuery("SELECT inject, question, answer FROM inject_answer");
            assertThat(q.next()).isTrue();
            assertThat(q.getString(2)).isEqualTo("Anything unusual?");
        }
    }

    @Test
    void restoringTheParametersUndoesTheAttack() {
        int sp = simulation.plant("chemical").catalog().require("R1.TIC101.SP");
        double engineered = simulation.plant("chemical").view().value(sp);
        simulation.advance(Duration.ofSeconds(25));
        assertThat(simulation.plant("chemical").view().value(sp)).isEqualTo(358.0).isNotEqualTo(engineered);

        exercise.respond(TRAINEE, ResponseAction.RESTORE_PARAMETERS, "chemical", "");
        simulation.step();
        assertThat(simulation.plant("chemical").view().value(sp)).isEqualTo(engineered);
        simulation.advance(Duration.ofSeconds(30));
        assertThat(simulation.plant("chemical").view().value(sp)).as("and it stays restored").isEqualTo(engineered);
    }
}
