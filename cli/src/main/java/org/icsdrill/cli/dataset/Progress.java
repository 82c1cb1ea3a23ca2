package org.icsdrill.cli.dataset;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.icsdrill.api.DurationText;

/**
 * The dataset's progress line: runs done of all, plant time made per wall second (the speed-up over real
 * time, all workers together) and the time left at that rate. Rewritten in place on a terminal; a line every
 * ten seconds otherwise (a log, CI).
 */
final class Progress {

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final int total;
    private final double plantSecondsToMake;
    private final long started;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Map<PlannedRun, Double> running = new ConcurrentHashMap<>();
    private volatile double finishedSeconds;
    private long lastPrinted;

    /**
     * @param total              every run of the dataset, the finished ones skipped included
     * @param skipped            runs finished before, not made again
     * @param plantSecondsToMake the plant time of the runs to make
     */
    Progress(PrintWriter out, boolean terminal, LongSupplier nanoClock, int total, int skipped,
             double plantSecondsToMake) {
        this.out = out;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.total = total;
        this.plantSecondsToMake = plantSecondsToMake;
        this.started = nanoClock.getAsLong();
        this.lastPrinted = started;
        done.set(skipped);
    }

    void at(PlannedRun run, double plantSeconds) {
        running.put(run, Math.min(plantSeconds, run.seconds()));
    }

    synchronized void finished(PlannedRun run, boolean ok) {
        running.remove(run);
        finishedSeconds += run.seconds();
        (ok ? done : failed).incrementAndGet();
    }

    /** Prints the line when it is due: every second on a terminal, every ten seconds otherwise. */
    synchronized void tick() {
        long now = nanoClock.getAsLong();
        if (now - lastPrinted >= (terminal ? 1_000_000_000L : 10_000_000_000L)) {
            print(false);
            lastPrinted = now;
        }
    }

    synchronized void print(boolean last) {
        String line = line();
        if (terminal) {
            out.print("\r" + line + (last ? System.lineSeparator() : "   "));
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** {@code runs 3/8 done, 1 failed; plant time 2:10:00 of 8:00:00 at 1520x real time; 0:03:12 left}. */
    String line() {
        double made = finishedSeconds + running.values().stream().mapToDouble(Double::doubleValue).sum();
        double wall = (nanoClock.getAsLong() - started) / 1e9;
        double rate = wall > 0 ? made / wall : 0;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "runs %d/%d done", done.get(), total));
        if (failed.get() > 0) {
            line.append(", ").append(failed.get()).append(" failed");
        }
        line.append(String.format(Locale.ROOT, "; plant time %s of %s", DurationText.hours(made),
                DurationText.hours(plantSecondsToMake)));
        if (rate > 0) {
            line.append(String.format(Locale.ROOT, " at %.0fx real time; %s left", rate,
                    DurationText.hours((plantSecondsToMake - made) / rate)));
        }
        return line.toString();
    }

}
