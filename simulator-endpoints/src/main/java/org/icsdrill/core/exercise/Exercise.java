package org.icsdrill.core.exercise;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.api.ChainProgress;
import org.icsdrill.api.DeskState;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.InjectCard;
import org.icsdrill.api.InjectText;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResultCode;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.KnownHosts;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.core.site.SiteState;

/**
 * The exercise as consoles drive it: trainees acknowledge and shelve alarms, declare incidents, take
 * response actions and answer inject cards; the instructor pauses, resumes, changes speed, hands out
 * injects, writes notes and ends the drill. Everything is put on one timeline and told to the
 * {@link ExerciseListener}s (the exercise record). Protocol-free: the OPC UA endpoint exposes it,
 * and decides who may call what. Thread-safe; changes to the simulation are made between ticks.
 */
public final class Exercise implements AutoCloseable {

    private final Simulation simulation;
    private final SimulationDriver driver;
    private final PlantResponses responses;
    private final TrafficFeed traffic;
    private final TrafficLedger ledger;
    private final List<TimelineEntry> timeline = new CopyOnWriteArrayList<>();
    private final InjectDeck cards = new InjectDeck();
    private final List<ExerciseListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong();
    private volatile ScenarioDesk desk;
    private volatile SiteState site;
    private volatile boolean ended;
    private final KnownHosts knownHosts = new KnownHosts();
    private final UnknownSourceAlarms unknownSources;
    private final AlarmCommands alarms;
    private volatile ScenarioCatalog catalog;
    private final AttackedTagWatch attackedTags = new AttackedTagWatch(() -> desk);
    private final PlantStatusWatch plantStatus = new PlantStatusWatch(this::statusChanged);
    private final SimulatorClosing closing = new SimulatorClosing();

    public Exercise(Simulation simulation, SimulationDriver driver, SourcePolicy policy, TransactionJournal journal) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.driver = Objects.requireNonNull(driver, "driver");
        this.responses = new PlantResponses(simulation, policy);
        this.ledger = new TrafficLedger(knownHosts);
        this.traffic = new TrafficFeed(journal, knownHosts, ledger);
        this.unknownSources = new UnknownSourceAlarms(journal, knownHosts);
        this.alarms = new AlarmCommands(simulation, unknownSources, this::log);
        journal.flagUnknownSources(knownHosts);
        simulation.addListener(attackedTags);
        simulation.addListener(plantStatus);
        // the run reaching its end time ends the exercise as the instructor's End does: consoles say so
        SimulatorClosing.whenDriverEnds(driver, () -> {
            ended = true;
            changed();
        });
    }

    /** Plays a scenario: its title, briefing and injects. */
    public void attach(ScenarioDesk scenario) {
        this.desk = scenario;
        changed();
    }

    /** Lets the instructor choose the scenario from the desk (the simulator was started without one). */
    public void offer(ScenarioCatalog scenarios) {
        this.catalog = scenarios;
        changed();
    }

    /** The addresses that belong on the plant network; consoles flag traffic from any other. */
    public void setKnownHosts(List<String> addresses) {
        knownHosts.set(addresses);
        changed();
    }

    /** The known hosts that speak only some protocols (a site's HMI stations: OPC UA). */
    public void setHostProtocols(Map<String, Set<String>> protocolsByHost) {
        knownHosts.restrict(protocolsByHost);
        changed();
    }

    /** The run's site: its hosts and accounts, which the network responses act on and consoles draw. */
    public void setSite(SiteState state) {
        this.site = state;
        responses.useSite(state);
        changed();
    }

    /** The run's site, if it has one. */
    public Optional<SiteState> site() {
        return Optional.ofNullable(site);
    }

    /** Alarms that no plant's alarm table raises: writes from unknown sources, one per plant. */
    public List<Alarm> networkAlarms() {
        return unknownSources.alarms();
    }

    public void addListener(ExerciseListener listener) {
        listeners.add(listener);
    }

    public Simulation simulation() {
        return simulation;
    }

    public TrafficFeed traffic() {
        return traffic;
    }

    /** Every request counted per host, and the writes, unknown hosts, refusals and drops kept for the whole run. */
    public TrafficLedger ledger() {
        return ledger;
    }

    /** Increases whenever the state, the cards or the timeline change; lets readers cache what they send. */
    public long version() {
        return version.get();
    }

    /** What every client may read: the briefing and the run's clock, nothing that gives the script away. */
    public ExerciseState state() {
        ScenarioDesk scenario = desk;
        return new ExerciseState(scenario == null ? "" : scenario.briefing(),
                scenario == null ? Map.of() : scenario.briefings(), simulation.plantIds(),
                simulation.plantTimeSeconds(), scenario == null ? 0 : scenario.durationSeconds(),
                driver.speed().toString(), driver.isPaused(), ended, knownHosts.all(),
                simulation.plantInstant(0).toString());
    }

    /** What only the instructor may read: the scenario's name and notes, what comes next, the attacked tags. */
    public DeskState deskState() {
        ScenarioDesk scenario = desk;
        if (scenario == null) {
            return new DeskState("", "", "", Map.of(), -1, choosable(), List.of(), List.of(), List.of(),
                    ChainProgress.NONE);
        }
        return new DeskState(scenario.scenarioId(), scenario.title(), scenario.instructorNotes(),
                scenario.translations(), scenario.nextInjectAt().orElse(-1), choosable(),
                scenario.expectedDetections(), scenario.expectedResponses(), attackedTags.snapshot(),
                scenario.chainProgress());
    }

    public List<InjectCard> cards() {
        return cards.all();
    }

    /** The whole timeline, ground truth included: for instructors and the record. */
    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** What trainees may see of the timeline: their own side, without the script's truth or the instructor's notes. */
    public List<TimelineEntry> traineeTimeline() {
        return timeline.stream().filter(e -> !e.kind().isInstructorOnly()).toList();
    }

    // ---- trainees ----------------------------------------------------------------------------------

    public ExerciseResult acknowledgeAlarm(Actor actor, String plantId, String tag) {
        return alarms.acknowledge(actor, plantId, tag);
    }

    /** Shelves an alarm for a while, with a reason; urgent and safety alarms only when {@code instructor}. */
    public ExerciseResult shelveAlarm(Actor actor, String plantId, String tag, double minutes, String reason,
                                      boolean instructor) {
        return alarms.shelve(actor, plantId, tag, minutes, reason, instructor);
    }

    /** An unknown plant is refused with the plants that run, an unknown host with the site's hosts. */
    public ExerciseResult declareIncident(Actor actor, Declaration declaration) {
        Optional.of(declaration.plant()).filter(p -> !p.isEmpty()).ifPresent(this::plant);
        Optional.of(declaration.host()).filter(h -> !h.isEmpty()).ifPresent(h -> SiteResponses.requireHost(site, h));
        double now = simulation.plantTimeSeconds();
        truth(new TimelineEntry(now, TimelineEntry.Kind.DECLARATION, actor.user(), declaration.plant(),
                declaration.technique(), declaration.summary(), declaration.host()));
        listeners.forEach(l -> l.onDeclaration(now, actor, declaration));
        return ExerciseResult.done(ResultCode.INCIDENT_DECLARED, declaration.place());
    }

    /** Trainees approve their incident report for sharing (docs/sharing.md); the record keeps it. */
    public ExerciseResult approveIncidentReport(Actor actor, IncidentReport report, String language) {
        return IncidentReports.approve(simulation.plantTimeSeconds(), actor, report, language, listeners, this::truth);
    }

    public ExerciseResult respond(Actor actor, ResponseAction action, String plant, String target) {
        ExerciseResult done = responses.perform(actor, action, plant, target);
        double now = simulation.plantTimeSeconds();
        // the target too, and the record's time: the desk applies the report's ResponseRule to this entry
        timeline.add(new TimelineEntry(now, TimelineEntry.Kind.RESPONSE, actor.user(), plant,
                action.name().toLowerCase(java.util.Locale.ROOT), done.english(), target));
        changed();
        listeners.forEach(l -> l.onResponse(now, actor, action, plant == null ? "" : plant, target == null ? "" : target));
        return done;
    }

    public ExerciseResult answerInject(Actor actor, String cardId, int questionIndex, String answer) {
        InjectCard card = cards.question(cardId, questionIndex);
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.ANSWER, actor, "", cardId + " q" + (questionIndex + 1), answer);
        listeners.forEach(l -> l.onAnswer(now, actor, card, questionIndex, answer));
        return ExerciseResult.done(ResultCode.ANSWER_RECORDED, cardId);
    }

    // ---- instructor --------------------------------------------------------------------------------

    /** Scenarios that may still be chosen: none once one is played or plant time has moved. */
    private List<String> choosable() {
        ScenarioCatalog scenarios = catalog;
        return scenarios == null || desk != null || simulation.tick() > 0 ? List.of() : scenarios.available();
    }

    /** Attaches a scenario chosen on the desk; only before the drill has started. */
    public ExerciseResult chooseScenario(Actor actor, String scenarioId) {
        if (!choosable().contains(scenarioId)) {
            throw choosable().isEmpty() ? new ExerciseRefusal(ResultCode.SCENARIO_CHOICE_CLOSED)
                    : new ExerciseRefusal(ResultCode.UNKNOWN_SCENARIO, scenarioId, choosable());
        }
        simulation.executeNow(s -> {
            catalog.start(scenarioId);
            return null;
        });
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "scenario", scenarioId);
        return ExerciseResult.done(ResultCode.SCENARIO_LOADED, scenarioId);
    }

    public ExerciseResult pause(Actor actor) {
        driver.pause();
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "pause", "");
        return ExerciseResult.done(ResultCode.PAUSED);
    }

    public ExerciseResult resume(Actor actor) {
        driver.resume();
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "resume", "");
        return ExerciseResult.done(ResultCode.RESUMED);
    }

    public ExerciseResult setSpeed(Actor actor, String speedText) {
        Speed speed;
        try {
            speed = Speed.parse(speedText);
        } catch (IllegalArgumentException e) {
            throw new ExerciseRefusal(ResultCode.INVALID_SPEED, speedText);
        }
        driver.setSpeed(speed);
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "speed", speed.toString());
        return ExerciseResult.done(ResultCode.SPEED_SET, speed);
    }

    public ExerciseResult fireNextInject(Actor actor) {
        ScenarioDesk scenario = requireScenario();
        boolean fired = simulation.executeNow(s -> scenario.fireNextInject(s.plantTimeSeconds()));
        if (!fired) {
            throw new ExerciseRefusal(ResultCode.NO_INJECT_LEFT);
        }
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "next inject", cards.lastId());
        return ExerciseResult.done(ResultCode.INJECT_HANDED_OUT);
    }

    public ExerciseResult addInject(Actor actor, String audience, String text, List<String> questions) {
        if (text == null || text.isBlank()) {
            throw new ExerciseRefusal(ResultCode.INJECT_TEXT_MISSING);
        }
        ScenarioDesk scenario = desk;
        if (scenario == null) {
            handOut(simulation.plantTimeSeconds(), audience, text, questions, Map.of());
        } else {
            simulation.executeNow(s -> {
                scenario.fireAdHocInject(s.plantTimeSeconds(), audience, text, questions);
                return null;
            });
        }
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "ad-hoc inject", cards.lastId());
        return ExerciseResult.done(ResultCode.AD_HOC_INJECT_HANDED_OUT, cards.lastId());
    }

    public ExerciseResult note(Actor actor, String text) {
        if (text == null || text.isBlank()) {
            throw new ExerciseRefusal(ResultCode.NOTE_EMPTY);
        }
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.NOTE, actor, "", "note", text);
        listeners.forEach(l -> l.onNote(now, actor, text));
        return ExerciseResult.done(ResultCode.NOTE_KEPT);
    }

    /** Ends the exercise at the present plant time: the run stops as if its duration had passed. */
    public ExerciseResult end(Actor actor) {
        ended = true;
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "end", "");
        driver.stopAt(now + simulation.tickSeconds());
        driver.resume();
        return ExerciseResult.done(ResultCode.EXERCISE_ENDED, now);
    }

    /** Ended by the instructor or by reaching the run's end: plant time stands still, values are frozen. */
    public boolean isOver() {
        return ended;
    }

    /** Closes the simulator, which keeps serving the consoles after the end until then (see {@link SimulatorClosing}). */
    public ExerciseResult closeSimulator(Actor actor) {
        if (!ended) {
            throw new ExerciseRefusal(ResultCode.EXERCISE_NOT_OVER);
        }
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "close", "");
        closing.request();
        return ExerciseResult.done(ResultCode.SIMULATOR_CLOSING);
    }

    /** Waits until the instructor closes the simulator or the exercise is closed; true if that happened in time. */
    public boolean awaitCloseRequest(long timeout, TimeUnit unit) throws InterruptedException {
        return closing.await(timeout, unit);
    }

    // ---- the scenario's side -----------------------------------------------------------------------

    /** A card reaches the trainees (scripted or ad hoc), with the scenario's translations by language; returns it. */
    public InjectCard handOut(double plantTime, String audience, String text, List<String> questions,
                              Map<String, InjectText> translations) {
        InjectCard card = cards.add(plantTime, audience, text, questions, translations);
        timeline.add(new TimelineEntry(plantTime, TimelineEntry.Kind.INJECT, "scenario", "", card.id(), text));
        changed();
        return card;
    }

    /** Ground truth from the script: an attack or fault started or stopped. */
    public void truth(double plantTime, TimelineEntry.Kind kind, String plant, String id, String detail) {
        truth(new TimelineEntry(plantTime, kind, "scenario", plant, id, detail));
    }

    /** An entry for the timeline, whole: a stage's names the hosts it reached as its target. */
    public void truth(TimelineEntry entry) {
        timeline.add(entry);
        changed();
    }

    /** A plant tripped, was damaged or runs again: on the timeline for the desk (simulation thread). */
    private void statusChanged(double plantTime, String plant, String status, String detail) {
        timeline.add(new TimelineEntry(plantTime, TimelineEntry.Kind.PLANT_STATUS, "", plant, status, detail));
        changed();
    }

    @Override
    public void close() {
        simulation.removeListener(attackedTags);
        simulation.removeListener(plantStatus);
        closing.request();
        traffic.close();
        unknownSources.close();
    }

    private void log(TimelineEntry.Kind kind, Actor actor, String plant, String what, String detail) {
        timeline.add(new TimelineEntry(simulation.plantTimeSeconds(), kind, actor.user(), plant, what, detail));
        changed();
    }

    private void changed() {
        version.incrementAndGet();
    }

    private ScenarioDesk requireScenario() {
        ScenarioDesk scenario = desk;
        if (scenario == null) {
            throw new ExerciseRefusal(ResultCode.NO_SCENARIO);
        }
        return scenario;
    }

    private PlantRuntime plant(String id) {
        return PlantResponses.plant(simulation, id);
    }
}
