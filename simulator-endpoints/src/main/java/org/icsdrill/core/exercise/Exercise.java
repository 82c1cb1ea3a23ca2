package org.icsdrill.core.exercise;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.api.InjectCard;
import org.icsdrill.api.InjectText;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.core.alarm.AlarmEvent;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.KnownHosts;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;

/**
 * The exercise as consoles drive it: trainees acknowledge and shelve alarms, declare incidents, take
 * response actions and answer inject cards; the instructor pauses, resumes, changes speed, hands out
 * injects, writes notes and ends the drill. Everything is put on one timeline and told to the
 * {@link ExerciseListener}s (the exercise record). Protocol-free: the OPC UA endpoint exposes it,
 * and decides who may call what. Thread-safe; changes to the simulation are made between ticks.
 */
public final class Exercise implements AutoCloseable {

    /** The longest an alarm may be shelved, so that none is forgotten for the rest of the drill. */
    public static final double MAX_SHELVE_MINUTES = 60;

    private final Simulation simulation;
    private final SimulationDriver driver;
    private final PlantResponses responses;
    private final TrafficFeed traffic;
    private final List<TimelineEntry> timeline = new CopyOnWriteArrayList<>();
    private final List<InjectCard> cards = new CopyOnWriteArrayList<>();
    private final List<ExerciseListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong();
    private volatile ScenarioDesk desk;
    private volatile boolean ended;
    private final KnownHosts knownHosts = new KnownHosts();
    private final UnknownSourceAlarms unknownSources;
    private volatile ScenarioCatalog catalog;

    public Exercise(Simulation simulation, SimulationDriver driver, SourcePolicy policy, TransactionJournal journal) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.driver = Objects.requireNonNull(driver, "driver");
        this.responses = new PlantResponses(simulation, policy);
        this.traffic = new TrafficFeed(journal);
        this.unknownSources = new UnknownSourceAlarms(journal, knownHosts);
        journal.flagUnknownSources(knownHosts);
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

    /** Increases whenever the state, the cards or the timeline change; lets readers cache what they send. */
    public long version() {
        return version.get();
    }

    public ExerciseState state() {
        ScenarioDesk scenario = desk;
        return new ExerciseState(scenario == null ? "" : scenario.scenarioId(), scenario == null ? "" : scenario.title(),
                scenario == null ? "" : scenario.briefing(), simulation.plantIds(), simulation.plantTimeSeconds(),
                scenario == null ? 0 : scenario.durationSeconds(), driver.speed().toString(), driver.isPaused(),
                ended, scenario == null ? -1 : scenario.nextInjectAt().orElse(-1), knownHosts.all(), choosable());
    }

    public List<InjectCard> cards() {
        return List.copyOf(cards);
    }

    /** The whole timeline, ground truth included: for instructors and the record. */
    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** What trainees may see of the timeline: their own side, without the script's hidden truth. */
    public List<TimelineEntry> traineeTimeline() {
        return timeline.stream().filter(e -> !e.kind().isGroundTruth()).toList();
    }

    // ---- trainees ----------------------------------------------------------------------------------

    public String acknowledgeAlarm(Actor actor, String plantId, String tag) {
        if (UnknownSourceAlarms.TAG.equals(tag)) {
            String message = unknownSources.acknowledge(simulation.plant(plantId).id());
            if (message == null) {
                throw new IllegalArgumentException("no unacknowledged alarm on " + plantId + "." + tag);
            }
            log(TimelineEntry.Kind.ALARM_ACKNOWLEDGED, actor, plantId, tag, message);
            changed();
            return "acknowledged " + plantId + "." + tag;
        }
        PlantRuntime plant = simulation.plant(plantId);
        AlarmEvent event = simulation.executeNow(s -> plant.acknowledge(requireTag(plant, tag), actor.user()));
        if (event == null) {
            throw new IllegalArgumentException("no unacknowledged alarm on " + plantId + "." + tag);
        }
        log(TimelineEntry.Kind.ALARM_ACKNOWLEDGED, actor, plantId, tag, event.alarm().message());
        return "acknowledged " + plantId + "." + tag;
    }

    public String shelveAlarm(Actor actor, String plantId, String tag, double minutes, String reason) {
        PlantRuntime plant = simulation.plant(plantId);
        if (!(minutes > 0 && minutes <= MAX_SHELVE_MINUTES)) {
            throw new IllegalArgumentException("shelve for 1 to " + (int) MAX_SHELVE_MINUTES + " minutes, got "
                    + minutes);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("give a reason for shelving the alarm");
        }
        AlarmEvent event = simulation.executeNow(s -> plant.shelveAlarm(requireTag(plant, tag), actor.user(), reason,
                s.plantTimeSeconds() + minutes * 60));
        if (event == null) {
            throw new IllegalArgumentException("no alarm on " + plantId + "." + tag + " to shelve");
        }
        log(TimelineEntry.Kind.ALARM_SHELVED, actor, plantId, tag, minutes + " min: " + reason);
        return "shelved " + plantId + "." + tag + " for " + minutes + " min";
    }

    public String declareIncident(Actor actor, Declaration declaration) {
        simulation.plant(declaration.plant()); // an unknown plant is refused with the plants that run
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.DECLARATION, actor, declaration.plant(), declaration.technique(),
                join(declaration.assets(), declaration.text()));
        listeners.forEach(l -> l.onDeclaration(now, actor, declaration));
        return "incident declared on " + declaration.plant();
    }

    public String respond(Actor actor, ResponseAction action, String plant, String target) {
        String done = responses.perform(actor, action, plant, target);
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.RESPONSE, actor, plant, action.name().toLowerCase(java.util.Locale.ROOT), done);
        listeners.forEach(l -> l.onResponse(now, actor, action, plant == null ? "" : plant, target == null ? "" : target));
        return done;
    }

    public String answerInject(Actor actor, String cardId, int questionIndex, String answer) {
        InjectCard card = cards.stream().filter(c -> c.id().equals(cardId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no inject card '" + cardId + "' handed out yet"));
        if (questionIndex < 0 || questionIndex >= Math.max(1, card.questions().size())) {
            throw new IllegalArgumentException(cardId + " has " + card.questions().size() + " question(s), no number "
                    + (questionIndex + 1));
        }
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.ANSWER, actor, "", cardId + " q" + (questionIndex + 1), answer);
        listeners.forEach(l -> l.onAnswer(now, actor, card, questionIndex, answer));
        return "answer to " + cardId + " recorded";
    }

    // ---- instructor --------------------------------------------------------------------------------

    /** Scenarios that may still be chosen: none once one is played or plant time has moved. */
    private List<String> choosable() {
        ScenarioCatalog scenarios = catalog;
        return scenarios == null || desk != null || simulation.tick() > 0 ? List.of() : scenarios.available();
    }

    /** Attaches a scenario chosen on the desk; only before the drill has started. */
    public String chooseScenario(Actor actor, String scenarioId) {
        if (!choosable().contains(scenarioId)) {
            throw new IllegalArgumentException(choosable().isEmpty()
                    ? "a scenario can be chosen only before the drill starts, when none was given at start-up"
                    : "'" + scenarioId + "' is not one of " + choosable());
        }
        simulation.executeNow(s -> {
            catalog.start(scenarioId);
            return null;
        });
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "scenario", scenarioId);
        return "scenario " + scenarioId + " loaded; start the drill with Resume";
    }

    public String pause(Actor actor) {
        driver.pause();
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "pause", "");
        return "paused";
    }

    public String resume(Actor actor) {
        driver.resume();
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "resume", "");
        return "resumed";
    }

    public String setSpeed(Actor actor, String speedText) {
        Speed speed = Speed.parse(speedText);
        driver.setSpeed(speed);
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "speed", speed.toString());
        return "speed " + speed;
    }

    public String fireNextInject(Actor actor) {
        ScenarioDesk scenario = requireScenario();
        boolean fired = simulation.executeNow(s -> scenario.fireNextInject(s.plantTimeSeconds()));
        if (!fired) {
            throw new IllegalArgumentException("no scripted inject is left");
        }
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "next inject", cards.isEmpty() ? "" : last(cards).id());
        return "inject handed out";
    }

    public String addInject(Actor actor, String audience, String text, List<String> questions) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an inject needs a text");
        }
        ScenarioDesk scenario = desk;
        if (scenario == null) {
            handOut(simulation.plantTimeSeconds(), audience, text, questions);
        } else {
            simulation.executeNow(s -> {
                scenario.fireAdHocInject(s.plantTimeSeconds(), audience, text, questions);
                return null;
            });
        }
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "ad-hoc inject", last(cards).id());
        return "inject " + last(cards).id() + " handed out";
    }

    public String note(Actor actor, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the note is empty");
        }
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.NOTE, actor, "", "note", text);
        listeners.forEach(l -> l.onNote(now, actor, text));
        return "note kept";
    }

    /** Ends the exercise at the present plant time: the run stops as if its duration had passed. */
    public String end(Actor actor) {
        ended = true;
        double now = simulation.plantTimeSeconds();
        log(TimelineEntry.Kind.INSTRUCTOR, actor, "", "end", "");
        driver.stopAt(now + simulation.tickSeconds());
        driver.resume();
        return "exercise ended at plant time " + now + " s";
    }

    // ---- the scenario's side -----------------------------------------------------------------------

    /** A card reaches the trainees (scripted or ad hoc); returns it with its id. */
    public InjectCard handOut(double plantTime, String audience, String text, List<String> questions) {
        return handOut(plantTime, audience, text, questions, java.util.Map.of());
    }

    /** The same with the scenario's translations of the card, by language. */
    public InjectCard handOut(double plantTime, String audience, String text, List<String> questions,
                              java.util.Map<String, InjectText> translations) {
        InjectCard card = new InjectCard("card-" + (cards.size() + 1), plantTime,
                audience == null || audience.isBlank() ? "operator" : audience, text, questions, translations);
        cards.add(card);
        timeline.add(new TimelineEntry(plantTime, TimelineEntry.Kind.INJECT, "scenario", "", card.id(), text));
        changed();
        return card;
    }

    /** Ground truth from the script: an attack or fault started or stopped. */
    public void truth(double plantTime, TimelineEntry.Kind kind, String plant, String id, String detail) {
        timeline.add(new TimelineEntry(plantTime, kind, "scenario", plant, id, detail));
        changed();
    }

    @Override
    public void close() {
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
            throw new IllegalArgumentException("no scenario is played: there are no scripted injects");
        }
        return scenario;
    }

    private static String requireTag(PlantRuntime plant, String tag) {
        if (tag == null || plant.catalog().indexOf(tag).isEmpty()) {
            throw new IllegalArgumentException("no tag '" + tag + "' in " + plant.id());
        }
        return tag;
    }

    private static String join(String assets, String text) {
        return assets.isBlank() ? text : text.isBlank() ? assets : assets + ": " + text;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
