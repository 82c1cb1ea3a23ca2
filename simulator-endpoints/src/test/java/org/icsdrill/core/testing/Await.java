package org.icsdrill.core.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that another thread (a server, a writer, a client) makes true, by polling
 * it until a deadline: the tests' one way to wait for something, instead of a fixed sleep that is
 * either too short on a loaded machine or wasted time on an idle one.
 */
public final class Await {

    /** Long enough for a loaded CI machine; a condition that holds returns as soon as it is seen. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} if it does not within 10 s. */
    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        if (!within(DEFAULT_TIMEOUT, condition)) {
            throw new AssertionError("not within " + DEFAULT_TIMEOUT.toSeconds() + " s: " + what);
        }
    }

    /** Whether {@code condition} holds within {@code timeout}, for callers that report a miss themselves. */
    public static boolean within(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(POLL_MILLIS); // the poll interval, not a guess at how long the other side takes
        }
        return true;
    }
}
