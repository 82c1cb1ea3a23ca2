package org.icsdrill.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import org.icsdrill.api.DurationText;

/**
 * Follows a running simulator for {@code icsdrill run}: the status line until the run ends or is
 * stopped, then, in a drill with consoles, the hold until the instructor closes the simulator.
 */
final class RunWatch {

    /** How long a closing simulator waits for its answer to the Close call to reach the console. */
    private static final long CLOSE_GRACE_MILLIS = 1_000;

    private RunWatch() {
    }

    /**
     * Prints the status line until the run ends or is stopped, then, in a drill with consoles
     * ({@code holdAtEnd}), keeps serving them until the instructor closes the simulator; returns the
     * exit code.
     */
    static int watch(SimulatorHost host, PrintWriter out, boolean holdAtEnd, String speed) throws Exception {
        Thread shutdown = new Thread(host::close, "shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        boolean terminal = System.console() != null;
        long lastPrint = 0;
        while (!host.driver().awaitEnd(terminal ? 500 : 1000, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            if (terminal) {
                out.print("\r" + StatusLine.of(host.simulation(), speed) + "   ");
                out.flush();
            } else if (now - lastPrint >= 10_000_000_000L) {
                out.println(StatusLine.of(host.simulation(), speed));
                lastPrint = now;
            }
        }
        out.println((terminal ? "\n" : "") + StatusLine.of(host.simulation(), speed));
        if (host.driver().scanTiming().ticks() > 0) {
            out.println("Scan timing: " + host.driver().scanTiming()); // paced runs: the control loops' jitter
        }
        if (host.driver().failure() != null) {
            throw new IllegalStateException("the simulation stopped: " + host.driver().failure().getMessage(),
                    host.driver().failure());
        }
        String at = DurationText.clock(host.simulation().plantTimeSeconds());
        if (host.journal().droppedFromFile() > 0) {
            out.println("Warning: the journal file missed " + host.journal().droppedFromFile()
                    + " transactions (its writer could not keep up); the in-memory journal has the newest.");
        }
        if (host.isClosed()) {
            out.println("Stopped at plant time " + at + ". Journal: " + host.journal().file());
            return 0;
        }
        out.println("Reached the end of the run at plant time " + at + ". Journal: " + host.journal().file());
        if (holdAtEnd && !holdUntilClosed(host, out)) {
            return 0; // Ctrl-C while holding: the shutdown hook closes everything
        }
        Runtime.getRuntime().removeShutdownHook(shutdown);
        return 0;
    }

    /**
     * Keeps the endpoints up after the end, the record closed and plant time stopped, so that every
     * console shows "ended" with the last values instead of losing its server without a word; true
     * when the instructor closed the simulator, false on Ctrl-C.
     */
    private static boolean holdUntilClosed(SimulatorHost host, PrintWriter out) throws InterruptedException {
        host.finishRun();
        out.println("The drill has ended; the consoles still show it (values frozen) until the instructor closes"
                + " the simulator from a console ('Close the simulator'), or Ctrl-C.");
        out.flush();
        while (!host.exercise().awaitCloseRequest(1, TimeUnit.SECONDS)) {
            if (host.isClosed()) {
                return false;
            }
        }
        if (host.isClosed()) {
            return false;
        }
        out.println("Closed by the instructor.");
        // the Close call's answer is still on its way: closing the server at once could cut it off,
        // and the instructor would read a lost connection instead of "closing"
        Thread.sleep(CLOSE_GRACE_MILLIS);
        return true;
    }
}
