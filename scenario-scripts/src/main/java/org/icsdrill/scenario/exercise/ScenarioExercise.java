package org.icsdrill.scenario.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.icsdrill.api.ChainProgress;
import org.icsdrill.api.ExpectedDetection;
import org.icsdrill.api.ExpectedResponse;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.InjectCard;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ScenarioText;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.Declaration;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.exercise.ExerciseListener;
import org.icsdrill.core.exercise.ScenarioDesk;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEngine;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;
import org.icsdrill.scenario.engine.StageRoute;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Audience;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.TagRef;

/**
 * Joins a played scenario to the exercise the consoles drive: the scenario's injects become cards,
 * its attacks and faults the instructor's ground truth, the instructor's "next inject" and ad-hoc
 * injects go to the engine, and what trainees do goes into the exercise record. At a checkpoint the
 * drill pauses for discussion when consoles are in use; a headless run goes on.
 */
public final class ScenarioExercise implements ScenarioDesk, ScenarioListener, ExerciseListener {

    private static final Actor SCRIPT = new Actor("scenario", "");

    private final Scenario scenario;
    private final ScenarioEngine engine;
    private final Exercise exercise;
    private final TraineeLog record;
    private final boolean pauseAtCheckpoints;
    /** The attacks running now, by id, in start order; guarded by this. */
    private final Map<String, RunningAttack> running = new LinkedHashMap<>();

    private ScenarioExercise(ScenarioEngine engine, Exercise exercise, TraineeLog record,
                             boolean pauseAtCheckpoints) {
        this.scenario = engine.scenario();
        this.engine = engine;
        this.exercise = exercise;
        this.record = record;
        this.pauseAtCheckpoints = pauseAtCheckpoints;
    }

    /**
     * @param record             where trainees' declarations, actions and answers go; null when off
     * @param pauseAtCheckpoints true when people are at consoles to discuss; false for headless runs
     */
    public static ScenarioExercise attach(ScenarioEngine engine, Exercise exercise, TraineeLog record,
                                          boolean pauseAtCheckpoints) {
        ScenarioExercise joined = new ScenarioExercise(engine, exercise, record, pauseAtCheckpoints);
        engine.addListener(joined);
        exercise.addListener(joined);
        exercise.attach(joined);
        return joined;
    }

    // ---- the desk the exercise sees ----------------------------------------------------------------

    @Override
    public String scenarioId() {
        return scenario.id();
    }

    @Override
    public String title() {
        return scenario.title();
    }

    @Override
    public String briefing() {
        return scenario.briefing();
    }

    @Override
    public String instructorNotes() {
        return scenario.instructorNotes();
    }

    @Override
    public Map<String, ScenarioText> translations() {
        return scenario.translations();
    }

    @Override
    public List<ExpectedDetection> expectedDetections() {
        return scenario.expectations().detect().stream()
                .map(d -> new ExpectedDetection(d.attack(), d.within().toMillis() / 1000.0, d.technique())).toList();
    }

    @Override
    public List<ExpectedResponse> expectedResponses() {
        return scenario.expectations().respond().stream()
                .map(r -> new ExpectedResponse(r.attack(), r.within().toMillis() / 1000.0,
                        r.actions().stream().map(ExpectedAction::rule).toList())).toList();
    }

    /** The running attacks with their plants and target tags (the tags the report charts). */
    @Override
    public synchronized List<RunningAttack> runningAttacks() {
        return List.copyOf(running.values());
    }

    private synchronized void attackRuns(String id, Action.AttackStart attack, List<String> plants) {
        if (attack != null) {
            running.put(id, new RunningAttack(id, plants,
                    attack.parameters().allTags().stream().map(TagRef::qualifiedName).toList()));
        } else {
            running.remove(id);
        }
    }

    @Override
    public double durationSeconds() {
        return scenario.duration().toNanos() / 1e9;
    }

    @Override
    public OptionalDouble nextInjectAt() {
        return engine.nextInjectAt();
    }

    @Override
    public ChainProgress chainProgress() {
        return engine.chainProgress();
    }

    @Override
    public boolean fireNextInject(double plantTime) {
        return engine.fireNextInject(plantTime);
    }

    @Override
    public void fireAdHocInject(double plantTime, String audience, String text, List<String> questions) {
        engine.fireAdHocInject(new Action.Inject(audience(audience), text, questions), plantTime);
    }

    private static Audience audience(String text) {
        try {
            return Audience.valueOf((text == null || text.isBlank() ? "operator" : text.trim()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("audience must be operator, engineer or manager, got '" + text + "'");
        }
    }

    // ---- the scenario's events ---------------------------------------------------------------------

    /** The stages whose first blocking is on the timeline already; simulation thread only. */
    private final java.util.Set<String> blockedShown = new java.util.HashSet<>();

    @Override
    public void onEvent(ScenarioEvent event, RunningEffect effect) {
        String id = event.stepId().orElse("");
        String plants = effect == null ? "" : String.join(",", effect.plants());
        switch (event.type()) {
            case INJECT -> {
                Action.Inject inject = (Action.Inject) event.action();
                exercise.handOut(event.plantTimeSeconds(), inject.audience().name().toLowerCase(Locale.ROOT),
                        inject.text(), inject.questions(), inject.translations());
            }
            case ATTACK_STARTED -> {
                attackRuns(id, (Action.AttackStart) event.action(), effect == null ? List.of() : effect.plants());
                exercise.truth(event.plantTimeSeconds(), TimelineEntry.Kind.ATTACK_STARTED, plants,
                        id, ((Action.AttackStart) event.action()).technique().id());
            }
            case ATTACK_STOPPED -> {
                attackRuns(id, null, List.of());
                exercise.truth(event.plantTimeSeconds(), TimelineEntry.Kind.ATTACK_STOPPED, plants, id, "");
            }
            case FAULT_STARTED -> exercise.truth(event.plantTimeSeconds(), TimelineEntry.Kind.FAULT_STARTED, plants,
                    id, ((Action.Fault) event.action()).kind().name().toLowerCase(Locale.ROOT));
            case FAULT_STOPPED -> exercise.truth(event.plantTimeSeconds(), TimelineEntry.Kind.FAULT_STOPPED, plants,
                    id, "");
            case STAGE_REACHED -> exercise.truth(new TimelineEntry(event.plantTimeSeconds(),
                    TimelineEntry.Kind.STAGE_REACHED, SCRIPT.user(), "", id,
                    ((Action.Stage) event.action()).technique().id() + " " + event.detail(),
                    String.join(",", StageRoute.hostsIn(event.detail()))));
            case STAGE_BLOCKED -> {
                // the first time only: a blocked stage is tried again every minute, the desk needs it once
                if (blockedShown.add(id)) {
                    exercise.truth(event.plantTimeSeconds(), TimelineEntry.Kind.STAGE_BLOCKED, "", id,
                            ((Action.Stage) event.action()).technique().id() + " " + event.detail());
                }
            }
            case CHECKPOINT -> {
                if (pauseAtCheckpoints) {
                    exercise.pause(SCRIPT);
                }
            }
            default -> {
            }
        }
    }

    // ---- what trainees do, into the record ---------------------------------------------------------

    @Override
    public void onDeclaration(double plantTime, Actor actor, Declaration declaration) {
        if (record != null) {
            String text = declaration.assets().isBlank() ? declaration.text()
                    : "[" + declaration.assets() + "] " + declaration.text();
            record.declare(plantTime, actor.user(), declaration.plant(), declaration.host(), "",
                    declaration.technique(), text);
        }
    }

    @Override
    public void onResponse(double plantTime, Actor actor, ResponseAction action, String plant, String target) {
        engine.respond(action, plant, target);
        if (record != null) {
            record.action(plantTime, actor.user(), action, target.isBlank() ? plant : target,
                    plant.isBlank() ? "" : "plant " + plant);
        }
    }

    @Override
    public void onNote(double plantTime, Actor actor, String text) {
        if (record != null) {
            record.note(plantTime, actor.user(), text);
        }
    }

    @Override
    public void onIncidentReport(double plantTime, Actor actor, IncidentReport report, String language) {
        if (record != null) {
            record.incidentReport(plantTime, actor.user(), report, language);
        }
    }

    @Override
    public void onAnswer(double plantTime, Actor actor, InjectCard card, int questionIndex, String answer) {
        if (record != null) {
            String question = questionIndex < card.questions().size() ? card.questions().get(questionIndex) : "";
            record.injectAnswer(plantTime, actor.user(), card.id(), questionIndex, question, answer);
        }
    }
}
