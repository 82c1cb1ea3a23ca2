package org.icsdrill.core.sim;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulation thread: steps a {@link Simulation} paced against the wall clock at the chosen
 * speed, or back to back at {@link Speed#MAX}. Pause, resume and speed changes take effect between
 * ticks; plant time never jumps, so a run that falls behind slows down instead of skipping.
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
    private volatile Throwable failure;

    public SimulationDriver(Simulation simulation, Speed speed) {
        this.simulation = simulation;
        this.speed = speed;
        this.thread = new Thread(this::run, "simulation");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Stops by itself once plant time reaches {@code plantTimeSeconds}. */
    public void stopAt(double plantTimeSeconds) {
        this.endTick = (long) Math.ceil(plantTimeSeconds / simulation.tickSeconds() - 1e-9);
    }

    public Speed speed() {
        return speed;
    }

    public void setSpeed(Speed value) {
        this.speed = value;
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
            finished.countDown();
        }
    }

    private void loop() {
        long anchorNanos = System.nanoTime();
        long anchorTick = simulation.tick();
        while (!stopped && simulation.tick() < endTick) {
            if (paused) {
                waitWhilePaused();
                reanchor = true;
                continue;
            }
            Speed pace = speed;
            if (reanchor) {
                reanchor = false;
                anchorNanos = System.nanoTime();
                anchorTick = simulation.tick();
            }
            if (pace.isMax()) {
                simulation.step();
                continue;
            }
            double nanosPerTick = simulation.tickSeconds() * 1e9 / pace.factor();
            long elapsed = System.nanoTime() - anchorNanos;
            long due = anchorTick + (long) (elapsed / nanosPerTick);
            long current = simulation.tick();
            if (current < due) {
                if ((due - current) * nanosPerTick > MAX_LAG_NANOS) {
                    LOG.warn("simulation is {} ticks behind speed {}; continuing from here", due - current, pace);
                    reanchor = true;
                }
                simulation.step();
            } else {
                long wake = anchorNanos + (long) ((current + 1 - anchorTick) * nanosPerTick);
                LockSupport.parkNanos(Math.max(0, wake - System.nanoTime()));
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
