package org.icsdrill.core.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.icsdrill.core.plant.PlantModel;

/**
 * The simulation kernel: one or more plants stepped together with a fixed tick of plant time.
 * Plant time is not wall time: {@link #advance} steps as fast as it can on the caller's thread
 * (tests, headless runs), and {@link SimulationDriver} paces the same steps against the wall clock.
 * Only one thread steps at a time; everything else talks to plants through queued writes and
 * {@link #execute} commands, applied at the next tick in arrival order.
 */
public final class Simulation {

    private final SimulationConfig config;
    private final double tickSeconds;
    private final long tickNanos;
    private final Map<String, PlantRuntime> plants = new LinkedHashMap<>();
    private final List<TickListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Consumer<Simulation>> commands = new ConcurrentLinkedQueue<>();
    /** Fair, so that a command waiting in {@link #executeNow} gets in between two ticks even at full speed. */
    private final ReentrantLock stepLock = new ReentrantLock(true);
    private volatile long tick;

    public Simulation(SimulationConfig config, List<? extends PlantModel> models) {
        this.config = config;
        this.tickSeconds = config.tickSeconds();
        this.tickNanos = config.tick().toNanos();
        SplittableRandom root = new SplittableRandom(config.seed());
        for (PlantModel model : models) {
            if (plants.containsKey(model.id())) {
                throw new IllegalArgumentException("plant listed twice: " + model.id());
            }
            // Each plant gets its own stream, split in declaration order, so a run is reproducible.
            plants.put(model.id(), new PlantRuntime(model, root.split()));
        }
    }

    public SimulationConfig config() {
        return config;
    }

    public List<PlantRuntime> plants() {
        return List.copyOf(plants.values());
    }

    public PlantRuntime plant(String id) {
        PlantRuntime plant = plants.get(id);
        if (plant == null) {
            throw new IllegalArgumentException("no plant '" + id + "' in this run; running: " + plants.keySet());
        }
        return plant;
    }

    public boolean hasPlant(String id) {
        return plants.containsKey(id);
    }

    public long tick() {
        return tick;
    }

    public double plantTimeSeconds() {
        return timeOf(tick);
    }

    /** True when {@code tickNumber} ends a whole second of plant time: when per-second recorders sample. */
    public boolean isWholeSecond(long tickNumber) {
        return (tickNumber * tickNanos) % 1_000_000_000L == 0;
    }

    /** Plant time of a tick, computed from whole nanoseconds so that tick 112 is exactly 11.2 s. */
    private double timeOf(long tickNumber) {
        return tickNumber * tickNanos / 1e9;
    }

    public double tickSeconds() {
        return tickSeconds;
    }

    /** Plant time mapped onto the wall clock from the configured start time, for source timestamps. */
    public Instant toWallClock(double plantTimeSeconds) {
        return config.startTime().plusNanos(Math.round(plantTimeSeconds * 1e9));
    }

    public void addListener(TickListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TickListener listener) {
        listeners.remove(listener);
    }

    /** Runs a command on the simulation thread at the start of the next tick, in arrival order. */
    public void execute(Consumer<Simulation> command) {
        commands.add(command);
    }

    /**
     * Runs a command now, on the calling thread, between two ticks: it waits for a tick under way to
     * finish, and no tick starts until it returns. Unlike {@link #execute} it also runs while the
     * simulation is paused, and the caller gets its result (an operator's or instructor's action).
     * Keep it short: the simulation waits for it.
     */
    public <T> T executeNow(java.util.function.Function<Simulation, T> command) {
        stepLock.lock();
        try {
            return command.apply(this);
        } finally {
            stepLock.unlock();
        }
    }

    /** One tick of every plant. */
    public void step() {
        stepLock.lock();
        try {
            long now = tick;
            double time = timeOf(now);
            double next = timeOf(now + 1);
            Consumer<Simulation> command;
            while ((command = commands.poll()) != null) {
                command.accept(this);
            }
            for (TickListener listener : listeners) {
                listener.beforeTick(this, now, time);
            }
            for (PlantRuntime plant : plants.values()) {
                plant.tick(now, time, tickSeconds, next);
            }
            tick = now + 1;
            for (TickListener listener : listeners) {
                listener.afterTick(this, tick, next);
            }
        } finally {
            stepLock.unlock();
        }
    }

    /** Steps until at least {@code plantTime} more has passed. */
    public void advance(Duration plantTime) {
        long ticks = (plantTime.toNanos() + tickNanos - 1) / tickNanos;
        for (long i = 0; i < ticks; i++) {
            step();
        }
    }

    /** The plants' ids in run order. */
    public List<String> plantIds() {
        return Collections.unmodifiableList(new ArrayList<>(plants.keySet()));
    }
}
