package org.icsdrill.scenario.attack;

import java.time.Duration;
import org.icsdrill.scenario.engine.Effect;

/**
 * Attack traffic that needs a thread of its own (wall-clock network load cannot run at tick
 * boundaries). It runs until {@link #stop}, which waits for it, or until it has run
 * {@link #MAX_LIFETIME} of wall time, so a forgotten flood cannot outlive its drill.
 */
abstract class TrafficThread implements Effect {

    static final Duration MAX_LIFETIME = Duration.ofHours(4);

    private final Thread thread;
    private final long deadlineNanos;
    private volatile boolean stopping;

    TrafficThread(String name) {
        this.thread = new Thread(this::runAndCleanUp, name);
        this.thread.setDaemon(true);
        this.deadlineNanos = System.nanoTime() + MAX_LIFETIME.toNanos();
    }

    final void start() {
        thread.start();
    }

    /** Whether the traffic should go on. */
    final boolean running() {
        return !stopping && System.nanoTime() < deadlineNanos && !Thread.currentThread().isInterrupted();
    }

    /** Sleeps, waking early when stopped; false when it is time to end. */
    final boolean pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return running();
    }

    /** The traffic itself; returns when {@link #running()} turns false. */
    abstract void run();

    /** Closes every connection; called on the traffic thread when it ends. */
    abstract void cleanUp();

    private void runAndCleanUp() {
        try {
            run();
        } finally {
            cleanUp();
        }
    }

    @Override
    public final void stop() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
