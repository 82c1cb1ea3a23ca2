package org.icsdrill.core.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places a wall-clock instant of a run on its plant time, from the run's {@link ClockEvent}s and,
 * where plant time ran at {@link Speed#MAX}, from samples that know both clocks (the transaction
 * journal: each transaction has its wall time and the plant time of the view it was served from).
 *
 * <ul>
 * <li>While running at a finite speed: plant time of the last event plus the wall time since, times the
 *     speed, never past the plant time of the next event (a driver that fell behind slows down, it does not
 *     skip).</li>
 * <li>While paused: the plant time of the pause.</li>
 * <li>At {@code max}: interpolated between the neighbouring samples of that stretch (the stretch's own
 *     events are samples too), since plant time does not run at a steady pace there.</li>
 * <li>Before the first event and after the last one, plant time is taken to run at the wall clock's rate:
 *     such instants lie outside the run either way.</li>
 * </ul>
 */
public final class WallPlantMap {

    /** A wall instant and the plant time it is known to correspond to. */
    public record Sample(Instant wallTime, double plantSeconds) {
    }

    private final List<ClockEvent> events;
    private final long[] sampleWall;
    private final double[] samplePlant;

    /** {@code events} in the order the driver recorded them; {@code samples} in any order. */
    public WallPlantMap(List<ClockEvent> events, List<Sample> samples) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no clock events");
        }
        this.events = List.copyOf(events);
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparing(Sample::wallTime));
        sampleWall = new long[sorted.size()];
        samplePlant = new double[sorted.size()];
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sorted.size(); i++) {
            sampleWall[i] = nanos(sorted.get(i).wallTime());
            // plant time never runs backwards: a sample journaled a little late from an older view is lifted
            highest = Math.max(highest, sorted.get(i).plantSeconds());
            samplePlant[i] = highest;
        }
    }

    public List<ClockEvent> events() {
        return events;
    }

    /** The wall instant of the first event (the driver's start). */
    public Instant wallStart() {
        return events.get(0).wallTime();
    }

    /** The wall instant of the last event (the end, if the run recorded it). */
    public Instant wallEnd() {
        return events.get(events.size() - 1).wallTime();
    }

    /** Whether any stretch of the run went at {@code max}. */
    public boolean hasMaxSpeed() {
        return events.stream().anyMatch(e -> e.running() && e.speed().isMax());
    }

    /** The plant time, in seconds, at wall instant {@code wall}. */
    public double plantSeconds(Instant wall) {
        long w = nanos(wall);
        ClockEvent first = events.get(0);
        if (w < nanos(first.wallTime())) {
            return first.plantSeconds() - (nanos(first.wallTime()) - w) / 1e9;
        }
        int i = lastAtOrBefore(w);
        ClockEvent event = events.get(i);
        ClockEvent next = i + 1 < events.size() ? events.get(i + 1) : null;
        double since = (w - nanos(event.wallTime())) / 1e9;
        if (!event.running()) {
            return event.kind() == ClockEvent.Kind.END && next == null ? event.plantSeconds() + since
                    : event.plantSeconds();
        }
        if (next == null) {
            // a run that stopped without an end event: keep its last pace (wall rate at max)
            return event.plantSeconds() + since * (event.speed().isMax() ? 1 : event.speed().factor());
        }
        if (!event.speed().isMax()) {
            return Math.min(next.plantSeconds(), event.plantSeconds() + since * event.speed().factor());
        }
        return interpolate(w, nanos(event.wallTime()), event.plantSeconds(), nanos(next.wallTime()),
                next.plantSeconds());
    }

    /** Between the neighbouring samples inside {@code [fromWall, toWall]}, the stretch's ends included. */
    private double interpolate(long w, long fromWall, double fromPlant, long toWall, double toPlant) {
        long beforeWall = fromWall;
        double beforePlant = fromPlant;
        long afterWall = toWall;
        double afterPlant = toPlant;
        int at = firstSampleAfter(w);
        if (at > 0 && sampleWall[at - 1] >= fromWall) {
            beforeWall = sampleWall[at - 1];
            beforePlant = clamp(samplePlant[at - 1], fromPlant, toPlant);
        }
        if (at < sampleWall.length && sampleWall[at] <= toWall) {
            afterWall = sampleWall[at];
            afterPlant = clamp(samplePlant[at], fromPlant, toPlant);
        }
        if (afterWall == beforeWall) {
            return beforePlant;
        }
        return beforePlant + (afterPlant - beforePlant) * (w - beforeWall) / (double) (afterWall - beforeWall);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Index of the last event at or before {@code w}; the events start at or before it. */
    private int lastAtOrBefore(long w) {
        int found = 0;
        for (int i = 1; i < events.size() && nanos(events.get(i).wallTime()) <= w; i++) {
            found = i;
        }
        return found;
    }

    /** Index of the first sample strictly after {@code w} (its length when none): the one before is at or before. */
    private int firstSampleAfter(long w) {
        int low = 0;
        int high = sampleWall.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sampleWall[mid] <= w) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
