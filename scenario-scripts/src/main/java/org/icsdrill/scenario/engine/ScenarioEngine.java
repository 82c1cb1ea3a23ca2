package org.icsdrill.scenario.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.api.ChainProgress;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.Parameters;
import org.icsdrill.scenario.model.Remedies;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.Step;
import org.icsdrill.scenario.model.TagRef;
import org.icsdrill.scenario.model.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a scenario on a running simulation: fires each step when its plant time comes or its
 * condition has held long enough, starts and stops attacks and faults, and tells listeners
 * (ground truth, console, record). Runs on the simulation thread before every tick, so a seeded
 * scenario acts at the same ticks every time. Conditions read true values, not the (possibly
 * replayed) network view: the instructor scripts what really happens.
 */
public final class ScenarioEngine implements TickListener {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioEngine.class);

    private final Scenario scenario;
    private final EffectContext context;
    private final EffectLibrary library;
    private final List<ScenarioListener> listeners = new CopyOnWriteArrayList<>();
    private final PriorityQueue<Firing> timed = new PriorityQueue<>(
            Comparator.comparingLong(Firing::tick).thenComparingInt(Firing::order));
    private final List<Watch> watches = new ArrayList<>();
    /** The steps waiting for a kill chain's stage, by its id, with their place in the file. */
    private final Map<String, List<Firing>> afterStage = new LinkedHashMap<>();
    /** The place of each step in the file, to order a stage retried at the same tick as another step. */
    private final Map<Step, Integer> orders = new java.util.IdentityHashMap<>();
    private final ChainTracker chain = new ChainTracker();
    private final Map<String, RunningEffect> running = new LinkedHashMap<>();
    private final long tickNanos;
    private boolean ended;
    /** Plant time of the next scripted inject, or -1; written on the simulation thread, read by consoles. */
    private volatile double nextInjectAt = -1;

    private record Firing(long tick, int order, Step step) {
    }

    /** A response action a trainee (or the playbook) took, as the exercise API got it. */
    private record Response(ResponseAction action, String plant, String target) {
    }

    /**
     * The attacks whose remedy the response action itself does not reach: the view-layer implant of a
     * replay or an alarm suppression (removed with the golden program) and a parameter ramp still
     * moving (its next step would overwrite the restored value). The engine ends these.
     */
    private static final Set<AttackKind> UNDONE_BY_ENGINE = EnumSet.of(AttackKind.REPLAY,
            AttackKind.ALARM_SUPPRESSION, AttackKind.MODIFY_PARAMETER);

    private final Queue<Response> responses = new ConcurrentLinkedQueue<>();

    /** A condition step being watched: since when it has held, whether it fired. */
    private static final class Watch {
        final Step step;
        final int order;
        double holdingSince = Double.NaN;
        boolean done;

        Watch(Step step, int order) {
            this.step = step;
            this.order = order;
        }
    }

    public ScenarioEngine(Scenario scenario, EffectContext context, EffectLibrary library) {
        this.scenario = scenario;
        this.context = context;
        this.library = library;
        this.tickNanos = context.simulation().config().tick().toNanos();
        for (int i = 0; i < scenario.steps().size(); i++) {
            Step step = scenario.steps().get(i);
            orders.put(step, i);
            if (step.trigger() instanceof Trigger.At at) {
                schedule(step, i, at.time().toNanos());
            } else if (step.trigger() instanceof Trigger.After after) {
                afterStage.computeIfAbsent(after.stage(), k -> new ArrayList<>()).add(new Firing(0, i, step));
            } else {
                watches.add(new Watch(step, i));
            }
        }
        updateNextInject();
        updateChain();
    }

    public void addListener(ScenarioListener listener) {
        listeners.add(listener);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The attacks and faults running now; simulation thread only. */
    public Collection<RunningEffect> running() {
        return List.copyOf(running.values());
    }

    private void schedule(Step step, int order, long firstNanos) {
        int times = step.repeat().map(r -> r.times()).orElse(1);
        long every = step.repeat().map(r -> r.every().toNanos()).orElse(0L);
        for (int k = 0; k < times; k++) {
            timed.add(new Firing(Math.floorDiv(firstNanos + k * every + tickNanos - 1, tickNanos), order, step));
        }
    }

    @Override
    public void beforeTick(Simulation simulation, long tick, double plantTimeSeconds) {
        if (ended) {
            return;
        }
        stopExpired(plantTimeSeconds);
        applyResponses();
        while (!timed.isEmpty() && timed.peek().tick() <= tick) {
            fire(timed.poll().step(), plantTimeSeconds);
        }
        watchConditions(tick, plantTimeSeconds);
        for (RunningEffect effect : List.copyOf(running.values())) {
            effect.effect().tick(context, plantTimeSeconds);
        }
        if (simulation.isWholeSecond(tick)) {
            Collection<RunningEffect> now = List.copyOf(running.values());
            listeners.forEach(l -> l.onSecond(plantTimeSeconds, now));
        }
    }

    /**
     * Tells the engine of a response action taken in the exercise (any thread); before the next tick it
     * ends the running attacks that this action ends and the action itself does not reach
     * ({@link Remedies}): a replay's or an alarm suppression's view filters go with {@code restore_program}
     * of their plant, a parameter ramp stops with {@code restore_parameters} (which is then applied again,
     * so that no step of the ramp outlives it).
     */
    public void respond(ResponseAction action, String plant, String target) {
        responses.add(new Response(action, plant == null ? "" : plant, target == null ? "" : target));
    }

    private void applyResponses() {
        Response response;
        while ((response = responses.poll()) != null) {
            for (RunningEffect effect : List.copyOf(running.values())) {
                if (effect.action() instanceof Action.AttackStart attack && UNDONE_BY_ENGINE.contains(attack.kind())
                        && endedBy(attack, response)) {
                    effect.effect().stop();
                    running.put(effect.id(), new RunningEffect(effect.id(), effect.action(), Effect.DONE,
                            effect.startedAt(), effect.stopsAt(), effect.plants()));
                    if (attack.kind() == AttackKind.MODIFY_PARAMETER) {
                        context.plant(attack.parameters().tag("target")).restoreGoldenParameters();
                    }
                    LOG.info("{} ended attack '{}'", response.action().name().toLowerCase(Locale.ROOT), attack.id());
                }
            }
        }
    }

    private boolean endedBy(Action.AttackStart attack, Response response) {
        Hosts hosts = new Hosts(context.host("scada").getHostAddress(), context.host("engineering").getHostAddress(),
                context.host("attacker").getHostAddress());
        return Remedies.ending(attack, hosts, id -> context.plant(id).catalog()).stream()
                .anyMatch(e -> e.matches(response.action(), response.plant(), response.target()));
    }

    /** Plant time of the next scripted inject, if one is left; any thread. */
    public OptionalDouble nextInjectAt() {
        double at = nextInjectAt;
        return at < 0 ? OptionalDouble.empty() : OptionalDouble.of(at);
    }

    /**
     * Hands out the next scripted inject now, as the instructor's "next inject" does; false when none
     * is left. Between ticks only ({@code Simulation.executeNow}).
     */
    public boolean fireNextInject(double now) {
        Firing next = timed.stream().filter(f -> f.step().action() instanceof Action.Inject)
                .min(timed.comparator()).orElse(null);
        if (next == null || ended) {
            return false;
        }
        timed.remove(next);
        fire(next.step(), now);
        return true;
    }

    /** Hands out an inject the instructor wrote during the drill; between ticks only. */
    public void fireAdHocInject(Action.Inject inject, double now) {
        emit(new ScenarioEvent(ScenarioEvent.Type.INJECT, now, Optional.empty(), inject), null);
    }

    private void updateNextInject() {
        nextInjectAt = timed.stream().filter(f -> f.step().action() instanceof Action.Inject)
                .mapToDouble(f -> f.tick() * (tickNanos / 1e9)).min().orElse(-1);
    }

    private void stopExpired(double now) {
        for (RunningEffect effect : List.copyOf(running.values())) {
            if (effect.stopsAt() <= now + 1e-9) {
                stop(effect.id(), now);
            }
        }
    }

    private void watchConditions(long tick, double now) {
        for (Watch watch : watches) {
            if (watch.done) {
                continue;
            }
            Trigger.When when = (Trigger.When) watch.step.trigger();
            if (when.within().isPresent() && now > when.within().get().toNanos() / 1e9 + 1e-9) {
                watch.done = true;
                continue;
            }
            if (!when.condition().test(this::trueValue)) {
                watch.holdingSince = Double.NaN;
                continue;
            }
            if (Double.isNaN(watch.holdingSince)) {
                watch.holdingSince = now;
            }
            if (now - watch.holdingSince + 1e-9 >= when.holdFor().toNanos() / 1e9) {
                watch.done = true;
                fire(watch.step, now);
                // the repeats of a condition step follow its first firing
                watch.step.repeat().ifPresent(r -> {
                    for (int k = 1; k < r.times(); k++) {
                        timed.add(new Firing(tick + Math.floorDiv(k * r.every().toNanos(), tickNanos), watch.order,
                                new Step(new Trigger.At(r.every().multipliedBy(k)), watch.step.action(),
                                        Optional.empty())));
                    }
                });
                updateNextInject();
            }
        }
    }

    private double trueValue(TagRef tag) {
        return context.plant(tag).trueValue(tag.index());
    }

    private void fire(Step step, double now) {
        Action action = step.action();
        if (action instanceof Action.Inject) {
            updateNextInject();
        }
        if (action instanceof Action.Inject || action instanceof Action.Checkpoint) {
            emit(new ScenarioEvent(action instanceof Action.Inject ? ScenarioEvent.Type.INJECT
                    : ScenarioEvent.Type.CHECKPOINT, now, Optional.empty(), action), null);
        } else if (action instanceof Action.Stop stop) {
            stop(stop.target(), now);
        } else if (action instanceof Action.AttackStart attack) {
            start(attack.id(), attack, attack.duration().map(d -> d.toNanos() / 1e9), attack.parameters(), now);
        } else if (action instanceof Action.Fault fault) {
            start(fault.id(), fault, fault.duration().map(d -> d.toNanos() / 1e9), fault.parameters(), now);
        } else if (action instanceof Action.Stage stage) {
            attempt(step, stage, now);
        }
    }

    /**
     * Tries a kill chain's stage: reached, the steps after it are scheduled from now (each once: a stage is
     * reached once); blocked, it is tried again after its retry, and the steps after it wait.
     */
    private void attempt(Step step, Action.Stage stage, double now) {
        StageRunner.Outcome outcome = context.stages().attempt(stage);
        long tick = Math.round(now * 1e9 / tickNanos);
        if (outcome.reached()) {
            chain.reached(stage.id());
            emit(new ScenarioEvent(ScenarioEvent.Type.STAGE_REACHED, now, Optional.of(stage.id()), stage,
                    outcome.detail()), null);
            for (Firing waiting : afterStage.getOrDefault(stage.id(), List.of())) {
                Trigger.After after = (Trigger.After) waiting.step().trigger();
                long first = tick * tickNanos + after.delay().toNanos();
                int times = waiting.step().repeat().map(r -> r.times()).orElse(1);
                long every = waiting.step().repeat().map(r -> r.every().toNanos()).orElse(0L);
                for (int k = 0; k < times; k++) {
                    timed.add(new Firing(Math.max(tick + 1, Math.floorDiv(first + k * every + tickNanos - 1,
                            tickNanos)), waiting.order(), waiting.step()));
                }
            }
            afterStage.remove(stage.id());
            updateNextInject();
        } else {
            chain.blocked(stage.id(), outcome.detail());
            emit(new ScenarioEvent(ScenarioEvent.Type.STAGE_BLOCKED, now, Optional.of(stage.id()), stage,
                    outcome.detail()), null);
            timed.add(new Firing(tick + Math.max(1, Math.floorDiv(stage.retry().toNanos(), tickNanos)),
                    orders.get(step), step));
        }
        updateChain();
    }

    /** How far the kill chain has got, for the instructor's desk; any thread. */
    public ChainProgress chainProgress() {
        return chain.progress();
    }

    private void updateChain() {
        Optional<Firing> next = timed.stream().filter(f -> f.step().action() instanceof Action.Stage)
                .min(timed.comparator());
        chain.update(next.map(f -> ((Action.Stage) f.step().action()).id()),
                next.map(f -> f.tick() * (tickNanos / 1e9)).orElse(-1.0));
    }

    private void start(String id, Action action, Optional<Double> duration, Parameters parameters, double now) {
        if (running.containsKey(id)) {
            stop(id, now); // a repeated start begins afresh
        }
        boolean attack = action instanceof Action.AttackStart;
        Effect effect;
        try {
            effect = attack ? library.startAttack((Action.AttackStart) action, context)
                    : library.startFault((Action.Fault) action, context);
        } catch (RuntimeException e) {
            LOG.warn("step '{}' could not start at plant time {} s: {}", id, now, e.getMessage());
            emit(new ScenarioEvent(ScenarioEvent.Type.FAILED, now, Optional.of(id), action), null);
            return;
        }
        double stopsAt = duration.map(d -> now + d).orElse(Double.POSITIVE_INFINITY);
        RunningEffect started = new RunningEffect(id, action, effect, now, stopsAt, plantsOf(parameters));
        running.put(id, started);
        emit(new ScenarioEvent(attack ? ScenarioEvent.Type.ATTACK_STARTED : ScenarioEvent.Type.FAULT_STARTED, now,
                Optional.of(id), action), started);
    }

    private void stop(String id, double now) {
        RunningEffect effect = running.remove(id);
        if (effect == null) {
            return;
        }
        try {
            effect.effect().stop();
        } catch (RuntimeException e) {
            LOG.warn("step '{}' did not stop cleanly: {}", id, e.getMessage());
        }
        emit(new ScenarioEvent(effect.isAttack() ? ScenarioEvent.Type.ATTACK_STOPPED
                : ScenarioEvent.Type.FAULT_STOPPED, now, Optional.of(id), effect.action()), effect);
    }

    /** The plants an action touches: those of its tags, its plant parameter, or all the scenario's. */
    private List<String> plantsOf(Parameters parameters) {
        Set<String> plants = new LinkedHashSet<>();
        parameters.allTags().forEach(t -> plants.add(t.plant()));
        parameters.optionalText("plant").filter(context.plants()::contains).ifPresent(plants::add);
        if (plants.isEmpty()) {
            plants.addAll(context.plants());
        }
        return List.copyOf(plants);
    }

    /** Stops whatever still runs and tells listeners the scenario ended; call once, on the simulation thread. */
    public void end(double plantTimeSeconds) {
        if (ended) {
            return;
        }
        for (String id : List.copyOf(running.keySet())) {
            stop(id, plantTimeSeconds);
        }
        ended = true;
        emit(new ScenarioEvent(ScenarioEvent.Type.SCENARIO_ENDED, plantTimeSeconds, Optional.empty(), null), null);
        listeners.forEach(l -> l.onEnd(plantTimeSeconds));
    }

    private void emit(ScenarioEvent event, RunningEffect effect) {
        for (ScenarioListener listener : listeners) {
            listener.onEvent(event, effect);
        }
    }
}
