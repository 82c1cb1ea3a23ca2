package org.icsdrill.scenario.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.Declaration;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEngine;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;
import org.icsdrill.scenario.engine.StageRoute;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the right answer: takes each response the scenario expects ({@code expectations.respond}) at
 * its deadline, one tick before the attack's start + {@code within}, so it still counts as in time,
 * and declares each attack the scenario expects detected ({@code expectations.detect}: its plant and
 * technique) by its detection deadline or before the first response to it, whichever comes first.
 * The actions go through the same {@link Exercise} API as a console's, as {@link #ACTOR}, and land on
 * the timeline and in the record like a trainee's. Instructors use it to show what the scenario
 * expects and what it does to the plant ({@code icsdrill run --playbook}).
 */
public final class Playbook implements ScenarioListener, TickListener {

    private static final Logger LOG = LoggerFactory.getLogger(Playbook.class);

    /** Who the playbook's actions are recorded against. */
    public static final Actor ACTOR = new Actor("playbook", "");

    /** A response due at a plant time, for an attack. */
    public record Due(double at, String attack, ExpectedAction action) {
    }

    /** What the playbook did: the action, when, and the exercise's answer or why it was refused. */
    public record Taken(double plantTime, String attack, ExpectedAction action, boolean accepted, String outcome) {
    }

    private final Scenario scenario;
    private final Exercise exercise;
    private final double tickSeconds;
    /** Simulation thread only. */
    private final List<Due> pending = new ArrayList<>();
    private final List<Taken> taken = new CopyOnWriteArrayList<>();
    /** Simulation thread only: declarations due, by plant time. */
    private final List<Declare> declarations = new ArrayList<>();
    private final List<Declaration> declared = new CopyOnWriteArrayList<>();

    /** A declaration due at a plant time. */
    private record Declare(double at, Declaration declaration) {
    }

    private Playbook(Scenario scenario, Exercise exercise, double tickSeconds) {
        this.scenario = scenario;
        this.exercise = exercise;
        this.tickSeconds = tickSeconds;
    }

    /** Attaches to a scenario being played in an exercise; call before the simulation starts. */
    public static Playbook attach(ScenarioEngine engine, Exercise exercise, Simulation simulation) {
        Playbook playbook = new Playbook(engine.scenario(), exercise, simulation.tickSeconds());
        engine.addListener(playbook);
        simulation.addListener(playbook);
        return playbook;
    }

    /** The responses taken so far, in order. */
    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    /** The incidents declared so far, in order. */
    public List<Declaration> declared() {
        return List.copyOf(declared);
    }

    /** The plant time at which an attack's expected response is due, given when the attack started. */
    public double dueAt(double attackStart, Expectations.Respond respond) {
        return attackStart + respond.within().toNanos() / 1e9 - tickSeconds;
    }

    @Override
    public void onEvent(ScenarioEvent event, RunningEffect effect) {
        boolean begun = event.type() == ScenarioEvent.Type.ATTACK_STARTED
                || event.type() == ScenarioEvent.Type.STAGE_REACHED; // a kill chain's stage is answered once reached
        if (!begun || event.stepId().isEmpty()) {
            return;
        }
        String attack = event.stepId().get();
        double declareBy = Double.POSITIVE_INFINITY;
        for (Expectations.Respond respond : scenario.expectations().respond()) {
            if (respond.attack().equals(attack)) {
                double at = dueAt(event.plantTimeSeconds(), respond);
                respond.actions().forEach(a -> pending.add(new Due(at, attack, a)));
                declareBy = Math.min(declareBy, at);
            }
        }
        pending.sort(Comparator.comparingDouble(Due::at));
        for (Expectations.Detect detect : scenario.expectations().detect()) {
            if (!detect.attack().equals(attack)) {
                continue;
            }
            double at = Math.min(declareBy, event.plantTimeSeconds() + detect.within().toNanos() / 1e9 - tickSeconds);
            if (effect != null && effect.action() instanceof Action.AttackStart start) {
                for (String plant : effect.plants()) {
                    declarations.add(new Declare(at, new Declaration(plant, start.technique().id(), "",
                            "playbook: " + attack + " (" + start.technique().name() + ")")));
                }
            } else if (event.action() instanceof Action.Stage stage) {
                // a stage is declared on the host it reached, before any plant is touched
                String host = StageRoute.parse(event.detail()).map(r -> r.reached().host()).orElse(stage.host());
                declarations.add(new Declare(at, new Declaration("", host, stage.technique().id(), "",
                        "playbook: " + attack + " (" + stage.technique().name() + ")")));
            }
            declarations.sort(Comparator.comparingDouble(Declare::at));
        }
    }

    @Override
    public void beforeTick(Simulation simulation, long tick, double plantTimeSeconds) {
        while (!declarations.isEmpty() && declarations.get(0).at() <= plantTimeSeconds + 1e-9) {
            Declaration declaration = declarations.remove(0).declaration();
            try {
                exercise.declareIncident(ACTOR, declaration);
                declared.add(declaration);
            } catch (IllegalArgumentException e) {
                LOG.warn("playbook at {} s: declaration {} refused: {}", plantTimeSeconds, declaration, e.getMessage());
            }
        }
        while (!pending.isEmpty() && pending.get(0).at() <= plantTimeSeconds + 1e-9) {
            Due due = pending.remove(0);
            ExpectedAction a = due.action();
            try {
                String outcome = exercise.respond(ACTOR, a.action(), a.plantArgument(), a.targetArgument()).english();
                taken.add(new Taken(plantTimeSeconds, due.attack(), a, true, outcome));
                LOG.info("playbook at {} s, for {}: {}: {}", plantTimeSeconds, due.attack(), a, outcome);
            } catch (IllegalArgumentException e) {
                taken.add(new Taken(plantTimeSeconds, due.attack(), a, false, e.getMessage()));
                LOG.warn("playbook at {} s, for {}: {} refused: {}", plantTimeSeconds, due.attack(), a, e.getMessage());
            }
        }
    }
}
