package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;
import static org.icsdrill.ui.SimulatorFixture.on;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.desk.InstructorDeskViewModel;
import org.icsdrill.ui.desk.TimelineRow;
import org.icsdrill.ui.opcua.CallOutcome;
import org.icsdrill.ui.tabletop.InjectCardViewModel;
import org.icsdrill.ui.tabletop.QuestionViewModel;
import org.icsdrill.ui.tabletop.TabletopViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tabletop and the instructor desk against a live simulator, as two people use them: an
 * instructor at one console, an operator at another, each logged in over OPC UA.
 */
class DrillViewModelsTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ExecutorService ui;
    static DrillConsole instructorConsole;
    static DrillConsole traineeConsole;
    static InstructorDeskViewModel desk;
    static InstructorDeskViewModel traineeDesk;
    static TabletopViewModel tabletop;

    @BeforeAll
    static void start() throws Exception {
        ui = SimulatorFixture.uiThread(); // first, so that closing never meets a missing one
        simulator = new SimulatorFixture(dataDir, "chemical");
        instructorConsole = DrillConsole.open(simulator, ui);
        desk = instructorConsole.screens().add(new InstructorDeskViewModel(instructorConsole.session(),
                DrillConsole.ENGLISH));
        instructorConsole.start(ui, simulator.user("ines", Role.INSTRUCTOR));
        traineeConsole = DrillConsole.open(simulator, ui);
        tabletop = traineeConsole.screens().add(new TabletopViewModel(traineeConsole.session(), DrillConsole.ENGLISH));
        // the desk's model exists on every console; only the server tells a trainee's call apart
        traineeDesk = traineeConsole.screens().add(new InstructorDeskViewModel(traineeConsole.session(),
                DrillConsole.ENGLISH));
        traineeConsole.start(ui, simulator.operator());
    }

    @AfterAll
    static void stop() {
        Consoles.closeAll(instructorConsole, traineeConsole, simulator, ui::shutdownNow);
    }

    @Test
    void anAdHocInjectReachesTheTraineeWhoseAnswerIsOnTheRecord() throws Exception {
        CallOutcome handedOut = call(() -> {
            desk.audienceProperty().set("engineer");
            desk.injectTextProperty().set("The vendor calls: a patch for the reactor PLC is ready.");
            desk.injectQuestionsProperty().set("Do you install it now?\n\nWhom do you ask first?\n");
            return desk.handOutInject();
        });
        assertThat(handedOut.accepted()).as(handedOut.message()).isTrue();
        assertThat(on(ui, () -> desk.injectTextProperty().get())).as("the form is cleared").isEmpty();

        await("the card on the trainee's tabletop", () -> on(ui, () -> card("The vendor calls") != null));
        InjectCardViewModel card = on(ui, () -> card("The vendor calls"));
        assertThat(card.audience()).startsWith("For: Engineer");
        assertThat(card.questions()).extracting(QuestionViewModel::question)
                .containsExactly("Do you install it now?", "Whom do you ask first?");
        assertThat(on(ui, () -> tabletop.cards().get(0))).as("newest first").isSameAs(card);
        assertThat(on(ui, () -> card.openedProperty().get())).isFalse();
        int unopened = on(ui, () -> tabletop.unopenedProperty().get());
        assertThat(on(ui, () -> tabletop.noticeProperty().get()))
                .isEqualTo("New inject card on the tabletop: " + unopened + " not opened yet");

        on(ui, () -> {
            tabletop.selectedProperty().set(card);
            return null;
        });
        assertThat(on(ui, () -> tabletop.unopenedProperty().get())).isEqualTo(unopened - 1);
        on(ui, () -> {
            tabletop.cards().forEach(c -> tabletop.selectedProperty().set(c));
            return null;
        });
        assertThat(on(ui, () -> tabletop.noticeProperty().get())).as("gone once every card is opened").isEmpty();
        QuestionViewModel second = card.questions().get(1);
        CallOutcome answered = call(() -> {
            second.draftProperty().set("The shift manager, then the vendor");
            return second.submit();
        });

        assertThat(answered.accepted()).as(answered.message()).isTrue();
        assertThat(on(ui, () -> second.sentProperty().get())).isEqualTo("The shift manager, then the vendor");
        assertThat(on(ui, () -> second.answeredProperty().get())).isTrue();
        assertThat(on(ui, () -> card.questions().get(0).answeredProperty().get())).isFalse();
        assertThat(on(ui, () -> card.answer().textProperty().get())).startsWith("Done: answer to " + card.id());
        assertThat(simulator.exercise.traineeTimeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.ANSWER);
            assertThat(e.user()).isEqualTo("operator");
            assertThat(e.what()).isEqualTo(card.id() + " q2");
            assertThat(e.detail()).isEqualTo("The shift manager, then the vendor");
        });
    }

    @Test
    void anEmptyAnswerNeverLeavesTheConsoleAndACardWithoutQuestionsTakesOneReaction() throws Exception {
        assertThat(call(() -> {
            desk.injectTextProperty().set("Smoke is reported near the cooling tower.");
            return desk.handOutInject();
        }).accepted()).isTrue();
        await("the card", () -> on(ui, () -> card("Smoke is reported") != null));
        InjectCardViewModel card = on(ui, () -> card("Smoke is reported"));
        assertThat(card.questions()).extracting(QuestionViewModel::question)
                .containsExactly("Your reaction to this card");

        CallOutcome empty = call(() -> card.questions().get(0).submit());

        assertThat(empty.accepted()).isFalse();
        assertThat(on(ui, () -> card.answer().textProperty().get())).isEqualTo("Write an answer first.");
        assertThat(on(ui, () -> card.answer().refusedProperty().get())).isTrue();
    }

    @Test
    void theInstructorPausesResumesAndChangesSpeed() throws Exception {
        assertThat(call(desk::pause).accepted()).isTrue();
        assertThat(simulator.driver.isPaused()).isTrue();
        await("the desk shows PAUSED", () -> on(ui, () -> desk.runProperty().get()).equals("PAUSED"));
        assertThat(on(ui, () -> desk.pausedProperty().get())).isTrue();

        assertThat(call(desk::resume).accepted()).isTrue();
        assertThat(simulator.driver.isPaused()).isFalse();
        await("the desk shows RUNNING", () -> on(ui, () -> desk.runProperty().get()).equals("RUNNING"));

        CallOutcome faster = call(() -> {
            desk.speedChoiceProperty().set("10");
            return desk.applySpeed();
        });
        assertThat(faster.message()).isEqualTo("speed 10");
        assertThat(simulator.driver.speed()).isEqualTo(new Speed(10));
        await("the desk shows ×10", () -> on(ui, () -> desk.speedProperty().get()).equals("×10"));
        call(() -> {
            desk.speedChoiceProperty().set("max");
            return desk.applySpeed();
        });
        assertThat(simulator.driver.speed()).isEqualTo(Speed.MAX);
        call(() -> {
            desk.speedChoiceProperty().set("1");
            return desk.applySpeed();
        });
    }

    @Test
    void aTraineesPauseIsRefusedWithTheServersStatus() throws Exception {
        CallOutcome refused = call(traineeDesk::pause);

        assertThat(refused.message()).isEqualTo("Bad_UserAccessDenied");
        assertThat(on(ui, () -> traineeDesk.answer().textProperty().get())).isEqualTo("Refused: this user may not do that (Bad_UserAccessDenied)");
        assertThat(on(ui, () -> traineeDesk.answer().refusedProperty().get())).isTrue();
        assertThat(simulator.driver.isPaused()).isFalse();
        assertThat(on(ui, () -> traineeConsole.session().instructorProperty().get())).isFalse();
    }

    @Test
    void aScriptlessRunHasNoNextInjectAndTheDeskSaysSo() throws Exception {
        CallOutcome next = call(desk::nextInjectNow);

        assertThat(next.accepted()).isFalse();
        assertThat(next.message()).contains("no scenario is played");
        await("the state", () -> on(ui, () -> desk.scenarioProperty().get())
                .equals("No scenario: the plants run on their own"));
        assertThat(on(ui, () -> desk.nextInjectProperty().get())).isEqualTo("none left");
    }

    @Test
    void aJapaneseConsoleSaysTheServersAnswersInJapanese() throws Exception {
        try (DrillConsole japanese = DrillConsole.open(simulator, ui, Messages.load(Locale.JAPANESE))
                .start(ui, simulator.operator())) {
            CallOutcome refused = call(() -> japanese.session().call(ExerciseAddress.DECLARE_INCIDENT, "chemical",
                    "stuxnet", "", "", ""));
            CallOutcome done = call(() -> japanese.session().call(ExerciseAddress.DECLARE_INCIDENT, "chemical",
                    "", "", "odd readings", ""));

            assertThat(refused.accepted()).isFalse();
            assertThat(refused.message()).isEqualTo(
                    "手法は T0831 のような ATT&CK for ICS の ID で指定してください (指定: stuxnet)");
            assertThat(done.message()).isEqualTo("chemical でインシデントを宣言しました");
        }
    }

    @Test
    void theDeskPutsTheGroundTruthBesideTheTraineesDeclaration() throws Exception {
        double start = simulator.simulation.plantTimeSeconds();
        simulator.exercise.truth(start, TimelineEntry.Kind.ATTACK_STARTED, "chemical", "feed-setpoint", "T0855");
        simulator.simulation.advance(Duration.ofSeconds(30));
        CallOutcome declared = call(() -> traineeConsole.session().call(ExerciseAddress.DECLARE_INCIDENT, "chemical",
                "T0855", "FIC101", "feed set point raised", ""));
        assertThat(declared.accepted()).as(declared.message()).isTrue();
        assertThat(call(() -> {
            desk.noteProperty().set("Declared within a minute; good.");
            return desk.keepNote();
        }).accepted()).isTrue();

        await("the declaration on the desk", () -> on(ui, () -> desk.comparison().rows().stream()
                .anyMatch(r -> r.trainee().contains("feed set point raised"))));
        var rows = on(ui, () -> java.util.List.copyOf(desk.comparison().rows()));
        TimelineRow truth = rows.stream().filter(r -> r.truth().contains("feed-setpoint")).findFirst().orElseThrow();
        assertThat(truth.truth()).isEqualTo("Attack started · chemical feed-setpoint: T0855");
        TimelineRow declaration = rows.stream().filter(r -> r.trainee().contains("feed set point")).findFirst()
                .orElseThrow();
        assertThat(declaration.trainee())
                .isEqualTo("Declared · chemical T0855: FIC101: feed set point raised — operator");
        assertThat(rows.indexOf(declaration)).as("aligned by plant time").isGreaterThan(rows.indexOf(truth));
        assertThat(rows).as("notes and injects are neither side")
                .noneSatisfy(r -> assertThat(r.truth() + r.trainee()).contains("Declared within a minute"));

        await("the summary", () -> on(ui, () -> desk.comparison().attacks().stream()
                .anyMatch(a -> a.attack().startsWith("feed-setpoint") && !a.undeclared())));
        var attack = on(ui, () -> desk.comparison().attacks().stream()
                .filter(a -> a.attack().startsWith("feed-setpoint")).findFirst().orElseThrow());
        assertThat(attack.attack()).isEqualTo("feed-setpoint (T0855) on chemical");
        assertThat(attack.toDeclaration()).isEqualTo("after 00:00:30");
        // a run without a scenario expects no response, and the report would count none
        assertThat(attack.toResponse()).isEqualTo("none expected");
        assertThat(attack.unanswered()).isFalse();
    }

    private static InjectCardViewModel card(String textStart) {
        return tabletop.cards().stream().filter(c -> c.text().startsWith(textStart)).findFirst().orElse(null);
    }

    /** Runs a command on the UI thread and waits for the server's answer. */
    private static CallOutcome call(Callable<CompletableFuture<CallOutcome>> command) throws Exception {
        return on(ui, command).get(30, TimeUnit.SECONDS);
    }
}
