package org.icsdrill.evidence.record;

import java.nio.file.Path;

/**
 * Plays {@link RecordedRun} at ten times real time until killed. Prints {@code ready} once the
 * record has committed rows, then {@code t <second>} at every plant second it samples, so that
 * the parent knows how far the run got when it kills this process.
 */
public final class RecordCrashChild {

    private static final double SPEED = 10;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        RecordedRun run = new RecordedRun(out);
        long start = System.nanoTime();
        boolean ready = false;
        while (true) {
            run.simulation.step();
            double plantTime = run.simulation.plantTimeSeconds();
            if (run.simulation.isWholeSecond(run.simulation.tick())) {
                if (!ready && run.record().written() > 0) {
                    System.out.println("ready");
                    ready = true;
                }
                System.out.println("t " + Math.round(plantTime));
                System.out.flush();
            }
            long due = start + (long) (plantTime / SPEED * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) { // kept: the pace of a real-time run, so the kill lands mid-run; it awaits nothing
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }
}
