package org.icsdrill.core.sim;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulation thread: steps a {@link Simulation} paced against the wall clock at the chosen
 * speed, or back to back at {@link Speed#MAX}. Pause, resume and speed changes take effect between
 * ticks; plant time never jumps, so a run that falls behind slows down instead of skipping.
 *
 * <p>Each of these changes is told to the {@link ClockListener}s as a {@link ClockEvent} (start, pause,
 * resume, speed, resync, end) with the wall instant and plant time where it happened, so that a run can
 * record how its plant time maps onto the wall clock ({@link ClockLog}). A simulation without a fixed
 * start time gets its plant calendar anchored here, when stepping starts: plant time 0 is then the wall
 * instant the driver began pacing (after an initial pause, if it started paused).
 */
public final class SimulationDriver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationDriver.class);
    /** Falling further behind than this much wall time re-anchors the pace instead of racing to catch up. */
    private static final long MAX_LAG_NANOS = 1_000_000_000L;

    private final Simulation simulation;
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Object pauseMonitor = new Object();
    private volatile Speed speed;
    private volatile boolean paused;
    private volatile boolean stopped;
    private volatile long endTick = Long.MAX_VALUE;
    private volatile boolean reanchor;
    private volatile boolean speedChanged;
    private final List<ClockListener> clockListeners = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;
    private final ScanTiming scanTiming;

    public SimulationDriver(Simulation simulation, Speed speed) {
        this.simulation = simulation;
        // -Dicsdrill.scanTiming.settleSeconds=60: the capacity benchmark's steady state, after the start-ups
        this.scanTiming = new ScanTiming(simulation.tickSeconds(),
                Double.parseDouble(System.getProperty("icsdrill.scanTiming.settleSeconds", "0")));
        this.speed = speed;
        this.thread = new Thread(this::run, "simulation");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** How late the paced ticks started: the control loops' scan jitter (none at {@link Speed#MAX}). */
    public ScanTiming.Summary scanTiming() {
        return scanTiming.summary();
    }

    /** Stops by itself once plant time reaches {@code plantTimeSeconds}. */
    public void stopAt(double plantTimeSeconds) {
        this.endTick = (long) Math.ceil(plantTimeSeconds / simulation.tickSeconds() - 1e-9);
    }

    /** Told of every start, pause, resume, speed change and end, on the simulation thread; add before {@link #start}. */
    public void addClockListener(ClockListener listener) {
        clockListeners.add(listener);
    }

    public Speed speed() {
        return speed;
    }

    public void setSpeed(Speed value) {
        this.speed = value;
        this.speedChanged = true;
        this.reanchor = true;
        LockSupport.unpark(thread);
    }

    public boolean isPaused() {
        return paused;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        synchronized (pauseMonitor) {
            paused = false;
            reanchor = true;
            pauseMonitor.notifyAll();
        }
    }

    /** Waits until the run reaches its end time or is closed; true if it ended within the timeout. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }


    /** Why the simulation thread stopped early, if a plant threw. */
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        stopped = true;
        resume();
        LockSupport.unpark(thread);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            loop();
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("simulation stopped at plant time {} s", simulation.plantTimeSeconds(), e);
        } finally {
            try {
                clock(ClockEvent.Kind.END, Instant.now(), speed);
            } finally {
                finished.countDown();
            }
        }
    }

    private void loop() {
        long anchorNanos = System.nanoTime();
        long anchorTick = simulation.tick();
        ClockEvent.Kind due = ClockEvent.Kind.START;
        while (!stopped && simulation.tick() < endTick) {
            if (paused) {
                if (due == ClockEvent.Kind.START) {
                    clock(due, Instant.now(), speed); // started paused
                }
                clock(ClockEvent.Kind.PAUSE, Instant.now(), speed);
                waitWhilePaused();
                due = ClockEvent.Kind.RESUME;
                continue;
            }
            Speed pace = speed;
            if (reanchor || due != null) {
                reanchor = false;
                anchorNanos = System.nanoTime();
                Instant wall = Instant.now();
                anchorTick = simulation.tick();
                simulation.anchorStart(wall);
                if (speedChanged) {
                    speedChanged = false;
                    if (due == null) {
                        due = ClockEvent.Kind.SPEED;
                    }
                }
                clock(due != null ? due : ClockEvent.Kind.RESYNC, wall, pace);
                due = null;
            }
            if (pace.isMax()) {
                simulation.step();
                continue;
            }
            double nanosPerTick = simulation.tickSeconds() * 1e9 / pace.factor();
            long elapsed = System.nanoTime() - anchorNanos;
            long dueTick = anchorTick + (long) (elapsed / nanosPerTick);
            long current = simulation.tick();
            if (current < dueTick) {
                scanTiming.record(elapsed - (long) ((current + 1 - anchorTick) * nanosPerTick)); // its due time
                if ((dueTick - current) * nanosPerTick > MAX_LAG_NANOS) {
                    LOG.warn("simulation is {} ticks behind speed {}; continuing from here", dueTick - current, pace);
                    reanchor = true;
                }
                simulation.step();
            } else {
                long wake = anchorNanos + (long) ((current + 1 - anchorTick) * nanosPerTick);
                LockSupport.parkNanos(Math.max(0, wake - System.nanoTime()));
            }
        }
    }

    private void clock(ClockEvent.Kind kind, Instant wall, Speed pace) {
        ClockEvent event = new ClockEvent(kind, wall, simulation.plantTimeSeconds(), pace);
        for (ClockListener listener : clockListeners) {
            try {
                listener.clockChanged(event);
            } catch (RuntimeException e) {
                LOG.warn("clock listener {} failed on {}", listener, event, e);
            }
        }
    }

    private void waitWhilePaused() {
        synchronized (pauseMonitor) {
            while (paused && !stopped) {
                try {
                    pauseMonitor.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
        }
    }
}
