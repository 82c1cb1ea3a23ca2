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
    /** The plants in declaration order, fixed at construction: listeners ask for them every tick. */
    private final List<PlantRuntime> plantList;
    private final List<TickListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Consumer<Simulation>> commands = new ConcurrentLinkedQueue<>();
    /** Fair, so that a command waiting in {@link #executeNow} gets in between two ticks even at full speed. */
    private final ReentrantLock stepLock = new ReentrantLock(true);
    private volatile long tick;
    /** Wall instant of plant time 0: the configured start time, or set when stepping starts. */
    private final java.util.concurrent.atomic.AtomicReference<Instant> start = new java.util.concurrent.atomic.AtomicReference<>();

    public Simulation(SimulationConfig config, List<? extends PlantModel> models) {
        this.config = config;
        this.tickSeconds = config.tickSeconds();
        this.tickNanos = config.tick().toNanos();
        this.start.set(config.startTime());
        SplittableRandom root = new SplittableRandom(config.seed());
        org.icsdrill.core.plant.PlantCalendar calendar = config.calendar();
        for (PlantModel model : models) {
            if (plants.containsKey(model.id())) {
                throw new IllegalArgumentException("plant listed twice: " + model.id());
            }
            // Each plant gets its own stream, split in declaration order, so a run is reproducible.
            plants.put(model.id(), new PlantRuntime(model, root.split(), calendar));
        }
        this.plantList = List.copyOf(plants.values());
    }

    public SimulationConfig config() {
        return config;
    }

    public List<PlantRuntime> plants() {
        return plantList;
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

    /** Plant time in whole nanoseconds: what a capture stamps its packets with. */
    public long plantTimeNanos() {
        return tick * tickNanos;
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

    /**
     * The plant calendar's instant of a plant time: the start time plus {@code plantTimeSeconds}. It is
     * the one mapping from plant time to instants: labels, historian, event logs and OPC UA source
     * timestamps all use it. The start time is the configured one (a scenario's {@code start_time});
     * without one, plant time 0 is anchored to the wall clock when stepping starts ({@link #anchorStart}),
     * so that at speed 1, unpaused, plant instants are the wall clock. Before that anchor, instants are
     * given as if stepping started now.
     */
    public Instant plantInstant(double plantTimeSeconds) {
        Instant anchored = start.get();
        if (anchored == null) {
            anchored = Instant.now().minusNanos(Math.round(plantTimeSeconds() * 1e9));
        }
        return anchored.plusNanos(Math.round(plantTimeSeconds * 1e9));
    }

    /** The instant of plant time 0, once it is fixed (configured, or anchored when stepping started). */
    public java.util.Optional<Instant> startTime() {
        return java.util.Optional.ofNullable(start.get());
    }

    /**
     * Anchors plant time 0 so that the current plant time is {@code wallNow}, unless a start time is
     * already fixed (configured, or anchored before). {@link SimulationDriver} calls it when it starts
     * pacing; {@link #step} calls it with the current wall clock when nobody did.
     */
    public void anchorStart(Instant wallNow) {
        start.compareAndSet(null, wallNow.minusNanos(Math.round(plantTimeSeconds() * 1e9)));
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
        if (start.get() == null) {
            anchorStart(Instant.now());
        }
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
