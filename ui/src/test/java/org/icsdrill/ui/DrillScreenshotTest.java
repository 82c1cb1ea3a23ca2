package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExpectedDetection;
import org.icsdrill.api.ExpectedResponse;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.api.ScenarioText;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.ScenarioDesk;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.desk.AttackRow;
import org.icsdrill.ui.desk.AttackedTagRow;
import org.icsdrill.ui.desk.TimelineRow;
import org.icsdrill.ui.opcua.CallOutcome;
import org.icsdrill.ui.tabletop.InjectCardViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the instructor desk ({@code desk.png}) and a trainee's tabletop ({@code tabletop.png}) of a
 * drill in progress, into the directory of {@link ScreenshotTest}: an instructor and an operator at
 * two consoles, an attack in the ground truth, the operator's declaration and response, two cards.
 */
class DrillScreenshotTest {

    @TempDir
    static Path dataDir;

    static final Script SCRIPT = new Script();
    static SimulatorFixture simulator;
    static ConsoleViewModel instructor;
    static ConsoleViewModel trainee;

    @BeforeAll
    static void drill() throws Exception {
        simulator = new SimulatorFixture(dataDir, "chemical", "gas");
        simulator.exercise.attach(SCRIPT);
        Messages messages = messages();
        instructor = simulator.fxConsole(messages);
        trainee = simulator.fxConsole(messages);
        Consoles.login(instructor.exercise().session(), Platform::runLater, simulator.user("ines", Role.INSTRUCTOR));
        Consoles.login(trainee.exercise().session(), Platform::runLater, simulator.operator());

        simulator.exercise.handOut(240, "operator",
                "Shift handover: the vendor's remote support session on the HMI was left open last night.",
                List.of("Do you close it now?", "Whom do you tell?"), java.util.Map.of());
        simulator.simulation.advance(Duration.ofSeconds(600));
        simulator.exercise.truth(600, TimelineEntry.Kind.ATTACK_STARTED, "chemical", "feed-setpoint", "T0855");
        // the attacker's write, and a view that keeps showing the old set point: true against shown on the desk
        var chemical = simulator.simulation.plant("chemical");
        int setPoint = chemical.catalog().require("R1.FIC101.SP");
        double shown = chemical.view().value(setPoint);
        chemical.viewLayer().install((view, plc, t) -> view[setPoint] = shown);
        chemical.submit("R1.FIC101.SP", 190, "127.0.0.66");
        SCRIPT.running = List.of(new ScenarioDesk.RunningAttack("feed-setpoint", List.of("chemical"),
                List.of("chemical.R1.FIC101.SP")));
        simulator.simulation.advance(Duration.ofSeconds(20));
        simulator.exercise.truth(620, TimelineEntry.Kind.ATTACK_STARTED, "gas", "k101-recon", "T0846");
        SCRIPT.running = List.of(SCRIPT.running.get(0), new ScenarioDesk.RunningAttack("k101-recon", List.of("gas"),
                List.of()));
        simulator.simulation.advance(Duration.ofSeconds(75));
        accepted(() -> trainee.exercise().session().call(ExerciseAddress.DECLARE_INCIDENT, "chemical", "T0855",
                "R1.FIC101", "Feed set point went to 190 L/min; nobody here changed it", ""));
        simulator.simulation.advance(Duration.ofSeconds(50));
        accepted(() -> trainee.exercise().session().call(ExerciseAddress.RESPOND, "isolate_host", "", "127.0.0.66"));
        simulator.simulation.advance(Duration.ofSeconds(25));
        accepted(() -> {
            instructor.desk().audienceProperty().set("manager");
            instructor.desk().injectTextProperty().set("The vendor phones: none of their engineers was connected today.");
            instructor.desk().injectQuestionsProperty().set("What do you tell the vendor?\nDo you report to the CSIRT?");
            return instructor.desk().handOutInject();
        });
        accepted(() -> {
            instructor.desk().noteProperty().set("Set point found in under 2 min; the scan on gas not yet seen.");
            return instructor.desk().keepNote();
        });
        simulator.simulation.advance(Duration.ofSeconds(10));
        await("both cards on the tabletop", () -> fx(() -> trainee.tabletop().cards().size()) == 2);
        InjectCardViewModel handover = fx(() -> trainee.tabletop().card("card-1"));
        accepted(() -> {
            handover.questions().get(0).draftProperty().set("Yes: closed it and logged off the vendor account.");
            return handover.questions().get(0).submit();
        });
        fx(() -> {
            handover.questions().get(1).draftProperty().set("The shift manager");
            return null;
        });
        simulator.simulation.advance(Duration.ofSeconds(5)); // a last state with the newest plant time
    }

    @AfterAll
    static void stop() {
        Consoles.closeAll(instructor, trainee, simulator);
    }

    @Test
    void instructorDesk() throws Exception {
        await("the answer on the desk", () -> fx(() -> instructor.desk().comparison().rows().stream()
                .anyMatch(r -> r.trainee().contains("isolate_host"))));
        Scene scene = fx(() -> scene(instructor, "tab-instructor"));
        String now = DurationText.clock(simulator.simulation.plantTimeSeconds());
        await("the plant time " + now, () -> fx(() -> instructor.desk().plantTimeProperty().get()).equals(now));

        BufferedImage png = snapshot(scene, "desk.png");

        assertThat(png.getWidth()).isEqualTo(1280);
        Parent root = scene.getRoot();
        Drawn.assertPainted(png, Drawn.sessionBar(scene), Drawn.TOOLBAR, 0.6, "the session bar");
        // the drill runs: its state in plain grey, not the red of a stopped drill
        Drawn.assertNotPainted(png, Drawn.lookup(root, "#desk-state"), Drawn.STATUS_ABNORMAL, "the drill's state");
        Drawn.showing(png, Drawn.row(Drawn.lookup(root, "#desk-timeline"), TimelineRow.class,
                r -> r.trainee().contains("isolate_host")), "the response beside the ground truth");
        // the one cell to look at: the gas scan, which nobody declared; the chemical attack was declared and answered
        Node attacks = Drawn.lookup(root, "#desk-attacks");
        List<Node> flagged = fx(() -> attacks.lookupAll(".abnormal").stream().filter(Node::isVisible).toList());
        assertThat(flagged).hasSize(1);
        assertThat(fx(() -> ((AttackRow) ((TableCell<?, ?>) flagged.get(0)).getTableRow().getItem()).attack()))
                .contains("k101-recon"); // "gas の k101-recon" in Japanese
        Drawn.assertPainted(png, flagged.get(0), Drawn.ABNORMAL, 0.7, "the gas scan, not yet declared");
        Drawn.assertNotPainted(png, Drawn.row(attacks, AttackRow.class, r -> r.attack().contains("feed-setpoint")),
                Drawn.ABNORMAL, "the chemical attack, declared and answered");
        // its response as the report counts it: isolating 127.0.0.66, 145 s after its start; the scan
        // expects none, so the network-wide isolation is not its response
        Messages messages = messages();
        assertThat(fx(() -> List.copyOf(instructor.desk().comparison().attacks()))).extracting(AttackRow::toResponse)
                .containsExactly(messages.get("desk.after", "00:02:25"), messages.get("desk.noResponseExpected"));
        // the attacker's set point, hidden from the trainees: the shown value is the cell to look at
        Node tags = Drawn.lookup(root, "#desk-attacked-tags");
        Drawn.showing(png, Drawn.row(tags, AttackedTagRow.class, r -> r.tag().equals("chemical.R1.FIC101.SP")),
                "the attacked set point");
        assertThat(fx(() -> instructor.desk().attackedTags().rows().get(0)))
                .satisfies(r -> assertThat(r.trueValue()).isEqualTo("190.0 L/min"))
                .satisfies(r -> assertThat(r.deceived()).isTrue());
        assertThat(text(root, "#desk-notes")).startsWith(messages().locale().getLanguage().equals("ja")
                ? "Oldsmar の類似事例" : "Oldsmar analogue");
        Drawn.assertInView(Drawn.lookup(root, "#desk-hand-out"), "the hand-out button");
        Drawn.assertInView(Drawn.lookup(root, "#desk-keep-note"), "the keep-note button");
        Drawn.assertColourOnlyWhereAbnormal(png, scene, "the desk");
    }

    @Test
    void traineeTabletop() throws Exception {
        Scene scene = fx(() -> {
            Scene made = scene(trainee, "tab-tabletop");
            ListView<?> cards = (ListView<?>) made.lookup("#tabletop-cards");
            cards.getSelectionModel().select(1); // the handover card: one answer sent, one being written
            return made;
        });

        BufferedImage png = snapshot(scene, "tabletop.png");

        assertThat(png.getHeight()).isEqualTo(720);
        Parent root = scene.getRoot();
        Drawn.assertPainted(png, Drawn.lookup(root, "#tabletop-new-count"), Drawn.ABNORMAL, 0.4, "one card not opened");
        // the manager's card is new: its NEW mark in yellow; the handover card, open on the right, has none
        Bounds fresh = Drawn.showing(png, Drawn.lookup(root, "#tabletop-card-card-2"), "the new card");
        assertThat(Drawn.count(png, fresh, Drawn.ABNORMAL)).as("the NEW mark").isPositive();
        Drawn.assertNotPainted(png, Drawn.lookup(root, "#tabletop-card-card-1"), Drawn.ABNORMAL, "the opened card");
        assertThat(text(root, "#tabletop-card-header")).startsWith("card-1");
        assertThat(text(root, "#tabletop-sent-0")).contains("Yes: closed it and logged off the vendor account.");
        Drawn.showing(png, Drawn.lookup(root, "#tabletop-sent-0"), "the answer sent");
        Node draft = Drawn.lookup(root, "#tabletop-answer-1");
        assertThat(fx(() -> ((TextArea) draft).getText())).isEqualTo("The shift manager");
        Drawn.showing(png, draft, "the answer being written");
        assertThat(text(root, "#briefing-text")).isEqualTo(messages().locale().getLanguage().equals("ja")
                ? "CSTR ユニット R1 の静かな午後です。" : "Quiet afternoon at the CSTR unit R1.");
        Drawn.showing(png, Drawn.lookup(root, "#briefing-text"), "the briefing");
        Drawn.assertColourOnlyWhereAbnormal(png, scene, "the tabletop");
    }

    private static Messages messages() {
        return Messages.load(ScreenshotTest.language());
    }

    private static String text(Parent root, String id) {
        Node node = Drawn.lookup(root, id);
        return fx(() -> ((Labeled) node).getText());
    }

    private static Scene scene(ConsoleViewModel console, String tab) {
        Scene scene = new Scene(new ConsoleView(console), 1280, 720);
        TabPane tabs = (TabPane) scene.lookup(".tab-pane");
        ConsoleView.select(tabs, tab);
        scene.getRoot().applyCss(); // the tab pane's skin puts the selected tab's content in the scene
        scene.getRoot().layout();
        return scene;
    }

    private static BufferedImage snapshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // a window's next pulse would lay out what the last layout pass itself changed (a list cell's
        // new graphic); these scenes have no window, so lay them out once more by hand
        fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return null;
        });
        return ScreenshotTest.snapshot(scene, name);
    }

    private static void accepted(Callable<CompletableFuture<CallOutcome>> call) throws Exception {
        CallOutcome outcome = fx(call).get(30, TimeUnit.SECONDS);
        assertThat(outcome.accepted()).as(outcome.message()).isTrue();
    }

    private static <T> T fx(Callable<T> read) {
        return ConsoleViewTest.fx(read);
    }

    /** The running scenario as the desk names it; its cards are handed out and its attacks run by the test. */
    private static final class Script implements ScenarioDesk {
        volatile List<RunningAttack> running = List.of();

        @Override
        public List<RunningAttack> runningAttacks() {
            return running;
        }

        @Override
        public String instructorNotes() {
            return "Oldsmar analogue (T0855): at 10:00 127.0.0.66 writes R1.FIC101.SP = 190 L/min over Modbus;"
                    + " the network monitor shows the write. restore_parameters on chemical ends it.";
        }

        @Override
        public Map<String, ScenarioText> translations() {
            return Map.of("ja", new ScenarioText("Oldsmar 型の供給流量設定値の遠隔変更", "CSTR ユニット R1 の静かな午後です。",
                    "Oldsmar の類似事例 (T0855): 10:00 に 127.0.0.66 が Modbus で R1.FIC101.SP = 190 L/min を書き込みます。"
                            + "ネットワークモニターに書き込みが表示されます。chemical の restore_parameters で終わります。"));
        }

        @Override
        public List<ExpectedDetection> expectedDetections() {
            return List.of(new ExpectedDetection("feed-setpoint", 300, true));
        }

        @Override
        public List<ExpectedResponse> expectedResponses() {
            return List.of(new ExpectedResponse("feed-setpoint", 600,
                    List.of(new ResponseRule.Expected(ResponseAction.RESTORE_PARAMETERS, "chemical"),
                            new ResponseRule.Expected(ResponseAction.ISOLATE_HOST, "127.0.0.66"))));
        }

        @Override
        public String scenarioId() {
            return "chemical-oldsmar";
        }

        @Override
        public String title() {
            return "Oldsmar-style remote change of a feed set point";
        }

        @Override
        public String briefing() {
            return "Quiet afternoon at the CSTR unit R1.";
        }

        @Override
        public double durationSeconds() {
            return 1800;
        }

        @Override
        public OptionalDouble nextInjectAt() {
            return OptionalDouble.of(1080);
        }

        @Override
        public boolean fireNextInject(double plantTime) {
            return false;
        }

        @Override
        public void fireAdHocInject(double plantTime, String audience, String text, List<String> questions) {
            simulator.exercise.handOut(plantTime, audience, text, questions, java.util.Map.of());
        }
    }
}
