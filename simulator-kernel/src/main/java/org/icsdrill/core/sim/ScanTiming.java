package org.icsdrill.core.sim;

import java.util.Locale;

/**
 * How late the paced ticks started against their wall-clock due times: the scan jitter of every control
 * loop, since the plants' PLCs scan once per tick. Kept as a histogram in 0.1 ms steps up to one second (a
 * later tick counts in the last step), written by the simulation thread, read by anyone. The ticks of a
 * settling time at the start may be left out (the JIT and the endpoints' start-up, and on a shared machine
 * the other simulators' start-ups), to measure the steady state.
 */
public final class ScanTiming {

    private static final int STEPS = 10_000;
    private static final double STEP_MS = 0.1;

    private final long[] histogram = new long[STEPS];
    private final double tickMillis;
    private final long settleTicks;
    private long seen;
    private long ticks;
    private long late;
    private double maxMillis;

    /**
     * @param tickSeconds   the tick: a scan later than one tick after its due time is late
     * @param settleSeconds paced time at the start whose ticks are not counted
     */
    public ScanTiming(double tickSeconds, double settleSeconds) {
        this.tickMillis = tickSeconds * 1000;
        this.settleTicks = Math.round(settleSeconds / tickSeconds);
    }

    /** A tick started {@code nanos} after its due time (0 when on time). */
    synchronized void record(long nanos) {
        if (seen++ < settleTicks) {
            return;
        }
        double ms = Math.max(0, nanos) / 1e6;
        histogram[(int) Math.min(STEPS - 1, ms / STEP_MS)]++;
        ticks++;
        if (ms > tickMillis) {
            late++;
        }
        maxMillis = Math.max(maxMillis, ms);
    }

    /** What the ticks so far say. */
    public synchronized Summary summary() {
        return new Summary(ticks, percentile(0.5), percentile(0.99), maxMillis, late);
    }

    private double percentile(double p) {
        if (ticks == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(p * ticks);
        long seen = 0;
        for (int i = 0; i < STEPS; i++) {
            seen += histogram[i];
            if (seen >= rank) {
                return (i + 1) * STEP_MS;
            }
        }
        return STEPS * STEP_MS;
    }

    /**
     * @param late ticks that started more than one tick after their due time: a scan missed
     */
    public record Summary(long ticks, double p50Millis, double p99Millis, double maxMillis, long late) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d paced ticks, start lateness p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                    + " %d more than a tick late", ticks, p50Millis, p99Millis, maxMillis, late);
        }
    }
}
