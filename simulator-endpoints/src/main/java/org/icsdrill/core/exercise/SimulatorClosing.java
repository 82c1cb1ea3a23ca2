package org.icsdrill.core.exercise;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.icsdrill.core.sim.ClockEvent;
import org.icsdrill.core.sim.SimulationDriver;

/**
 * The simulator's last stage in a drill with consoles: once the exercise has ended (the instructor's
 * End, or the run reaching its end time) plant time stands still, and the simulator keeps serving
 * the consoles ("ended", values frozen) until the instructor closes it, so that nobody is left with
 * a console that stopped without saying why.
 */
final class SimulatorClosing {

    private final CountDownLatch requested = new CountDownLatch(1);

    /** Runs {@code ended} when the driver stops stepping: the run reached its end time or was stopped. */
    static void whenDriverEnds(SimulationDriver driver, Runnable ended) {
        driver.addClockListener(event -> {
            if (event.kind() == ClockEvent.Kind.END) {
                ended.run();
            }
        });
    }

    /** The instructor closes the simulator (or it is being closed anyway); whoever waits goes on. */
    void request() {
        requested.countDown();
    }

    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return requested.await(timeout, unit);
    }
}
