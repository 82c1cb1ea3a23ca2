package org.icsdrill.ui.desk;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.ChainProgress;
import org.icsdrill.api.DeskState;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.api.ScenarioText;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.CallAnswer;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.icsdrill.ui.opcua.CallOutcome;

/**
 * The instructor desk: the exercise's state, the commands that run it, the scenario with its briefing
 * and notes, the attacked tags live, and the ground truth beside the trainees' actions. Every command
 * is an exercise method called as the logged-in user, so the server decides who may run the drill
 * (instructors) and its answer is shown as it is. What only an instructor may know (the scenario's
 * name and notes, what comes next, the attacked tags) comes from the desk variable, which the server
 * gives an instructor's session only. The scenario itself is chosen when the server starts
 * ({@code icsdrill run --scenario}) or, when it was started without one, here before the drill starts.
 */
public final class InstructorDeskViewModel implements ExerciseSubscriber {

    /** The speeds offered: real time for the drill, a little faster to skip a quiet stretch, max to reach the end. */
    public static final List<String> SPEEDS = List.of("1", "2", "5", "10", "50", "max");
    public static final List<String> AUDIENCES = List.of("operator", "engineer", "manager");

    private final ConsoleSession session;
    private final Messages messages;
    private final CallAnswer answer;
    private final TimelineComparisonViewModel comparison;
    private final AttackedTagsViewModel attackedTags;
    private final String language;
    private final StringProperty scenario = new SimpleStringProperty("");
    private final StringProperty briefing = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    /** The run's speed as last shown: the speed box follows it when it changes, not while someone picks. */
    private String runSpeed;
    private final StringProperty plantTime = new SimpleStringProperty("…");
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty speed = new SimpleStringProperty("");
    private final StringProperty run = new SimpleStringProperty("");
    private final StringProperty nextInject = new SimpleStringProperty("");
    private final StringProperty chain = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty ended = new SimpleBooleanProperty();
    private final StringProperty speedChoice = new SimpleStringProperty(SPEEDS.get(0));
    private final StringProperty audience = new SimpleStringProperty(AUDIENCES.get(0));
    private final StringProperty injectText = new SimpleStringProperty("");
    private final StringProperty injectQuestions = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> choosable = FXCollections.observableArrayList();
    private final StringProperty scenarioChoice = new SimpleStringProperty();

    public InstructorDeskViewModel(ConsoleSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        this.answer = new CallAnswer(messages);
        this.comparison = new TimelineComparisonViewModel(messages);
        this.attackedTags = new AttackedTagsViewModel(messages);
        this.language = messages.locale().getLanguage();
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.state().ifPresent(this::show);
        update.desk().ifPresent(this::show);
        update.timeline().ifPresent(comparison::show);
    }

    private void show(DeskState desk) {
        ScenarioText words = desk.in(language);
        scenario.set(desk.scenarioId().isEmpty() ? messages.get("desk.noScenario")
                : messages.get("desk.scenarioName", words.title(), desk.scenarioId()));
        notes.set(words.instructorNotes().strip());
        nextInject.set(desk.nextInjectAt() < 0 ? messages.get("desk.noNextInject")
                : DurationText.clock(desk.nextInjectAt()));
        chain.set(chainText(desk.chain()));
        if (!choosable.equals(desk.choosable())) {
            choosable.setAll(desk.choosable());
        }
        comparison.expect(desk.detect(), desk.respond());
        attackedTags.show(desk.attackedTags());
    }

    private void show(ExerciseState state) {
        briefing.set(state.briefingIn(language).strip());
        comparison.at(state.plantTime());
        if (!state.speed().equals(runSpeed)) {
            // in step with the run, whoever changed it: "Set speed" must never slow the drill by surprise
            runSpeed = state.speed();
            speedChoice.set(state.speed());
        }
        plantTime.set(DurationText.clock(state.plantTime()));
        duration.set(state.durationSeconds() > 0 ? DurationText.clock(state.durationSeconds()) : "—");
        speed.set(speedLabel(state.speed()));
        paused.set(state.paused());
        ended.set(state.ended());
        run.set(messages.get(state.ended() ? "desk.state.ended" : state.paused() ? "desk.state.paused"
                : "desk.state.running"));
    }

    /** {@code ×10}, or max. */
    public String speedLabel(String value) {
        return "max".equals(value) ? messages.get("desk.speedMax") : messages.get("desk.speedValue", value);
    }

    // ---- commands: each answered in answer() ----------------------------------------------------------

    public CompletableFuture<CallOutcome> resume() {
        return call(ExerciseAddress.RESUME);
    }

    public CompletableFuture<CallOutcome> pause() {
        return call(ExerciseAddress.PAUSE);
    }

    public CompletableFuture<CallOutcome> applySpeed() {
        return call(ExerciseAddress.SET_SPEED, speedChoice.get());
    }

    public CompletableFuture<CallOutcome> nextInjectNow() {
        return call(ExerciseAddress.NEXT_INJECT);
    }

    /** Hands out the ad-hoc inject; the form is cleared once the server has taken it. */
    public CompletableFuture<CallOutcome> handOutInject() {
        String[] questions = Arrays.stream(injectQuestions.get().split("\\R")).map(String::trim)
                .filter(q -> !q.isEmpty()).toArray(String[]::new);
        return call(ExerciseAddress.ADD_INJECT, audience.get(), injectText.get().trim(), questions)
                .thenApply(outcome -> clearIf(outcome, injectText, injectQuestions));
    }

    public CompletableFuture<CallOutcome> keepNote() {
        return call(ExerciseAddress.ADD_NOTE, note.get().trim()).thenApply(outcome -> clearIf(outcome, note));
    }

    /** Loads the chosen scenario (only offered before the drill starts, when none was given at start-up). */
    public CompletableFuture<CallOutcome> loadScenario() {
        return call(ExerciseAddress.CHOOSE_SCENARIO, scenarioChoice.get() == null ? "" : scenarioChoice.get());
    }

    /** Scenarios that fit the running plants, while one may still be chosen; empty otherwise. */
    public ObservableList<String> choosable() {
        return choosable;
    }

    public StringProperty scenarioChoiceProperty() {
        return scenarioChoice;
    }

    /** Ends the drill for good; the view asks for a confirmation first. */
    public CompletableFuture<CallOutcome> end() {
        return call(ExerciseAddress.END);
    }

    private CompletableFuture<CallOutcome> call(String method, Object... inputs) {
        return session.call(method, answer::show, inputs);
    }

    /** Runs on the UI thread: the session completes its calls there. */
    private static CallOutcome clearIf(CallOutcome outcome, StringProperty... fields) {
        if (outcome.accepted()) {
            for (StringProperty field : fields) {
                field.set("");
            }
        }
        return outcome;
    }

    // ---- properties -------------------------------------------------------------------------------

    /** The running scenario's title and id, or that the plants run without one. */
    public ReadOnlyStringProperty scenarioProperty() {
        return scenario;
    }

    /** The trainees' briefing, in the console's language when the scenario gives it. */
    public ReadOnlyStringProperty briefingProperty() {
        return briefing;
    }

    /** The scenario's instructor notes, for the instructor's eyes only. */
    public ReadOnlyStringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty plantTimeProperty() {
        return plantTime;
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration;
    }

    public ReadOnlyStringProperty speedProperty() {
        return speed;
    }

    /** Running, paused or ended, in words. */
    public ReadOnlyStringProperty runProperty() {
        return run;
    }

    /** The kill chain's last stage reached and the next one due (and why it was stopped), or empty without a chain. */
    public ReadOnlyStringProperty chainProperty() {
        return chain;
    }

    private String chainText(ChainProgress progress) {
        if (progress.isNone()) {
            return "";
        }
        String last = progress.lastReached().isEmpty() ? messages.get("desk.chainNone") : progress.lastReached();
        String next = progress.next().isEmpty() ? messages.get("desk.chainNoNext")
                : messages.get("desk.chainNext", progress.next(), DurationText.clock(progress.nextAt()))
                        + (progress.blocked().isEmpty() ? "" : messages.get("desk.chainBlocked", progress.blocked()));
        return messages.get("desk.chainProgress", last, next);
    }

    public ReadOnlyStringProperty nextInjectProperty() {
        return nextInject;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended;
    }

    /** One of {@link #SPEEDS}, or the run's own speed when it was set elsewhere; follows the run. */
    public StringProperty speedChoiceProperty() {
        return speedChoice;
    }

    /** One of {@link #AUDIENCES}. */
    public StringProperty audienceProperty() {
        return audience;
    }

    public StringProperty injectTextProperty() {
        return injectText;
    }

    /** One question per line; blank lines are dropped. */
    public StringProperty injectQuestionsProperty() {
        return injectQuestions;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The server's answer to the desk's last command. */
    public CallAnswer answer() {
        return answer;
    }

    public TimelineComparisonViewModel comparison() {
        return comparison;
    }

    public AttackedTagsViewModel attackedTags() {
        return attackedTags;
    }
}
