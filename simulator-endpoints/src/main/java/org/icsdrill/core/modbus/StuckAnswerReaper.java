package org.icsdrill.core.modbus;

import java.time.Duration;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections stuck writing an answer longer than the idle timeout: a socket read timeout
 * does not cover a client that sends requests and never reads the answers. Runs on its own thread
 * until the server closes (or the thread is interrupted).
 */
final class StuckAnswerReaper implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StuckAnswerReaper.class);

    private final Collection<ModbusSession> sessions;
    private final Duration idleTimeout;
    private final BooleanSupplier serverClosing;

    /** @param sessions the server's open sessions, a live view */
    StuckAnswerReaper(Collection<ModbusSession> sessions, Duration idleTimeout, BooleanSupplier serverClosing) {
        this.sessions = sessions;
        this.idleTimeout = idleTimeout;
        this.serverClosing = serverClosing;
    }

    @Override
    public void run() {
        // a quarter of the timeout: a stuck connection is closed at most a quarter late
        long period = Math.max(10, Math.min(1_000, idleTimeout.toMillis() / 4));
        while (!serverClosing.getAsBoolean()) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (ModbusSession session : sessions) {
                if (session.stuckWriting(now, idleTimeout.toNanos())) {
                    LOG.debug("Modbus connection {} has not read its answer for {}; closing", session.source(),
                            idleTimeout);
                    session.close();
                }
            }
        }
    }
}
