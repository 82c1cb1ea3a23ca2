package org.icsdrill.core.history;

import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.net.ScadaPath;

/**
 * One plant's history as its SCADA server received it: one row per plant-second, every tag's value
 * and the path's quality at that second, in a ring of {@code capacity} rows (the oldest go first).
 * Primitive arrays: two hours of a plant with sixty tags is about 3.5 MB. One writer (the simulation
 * thread), readers on the server's threads: appends and reads are synchronized, reads are short.
 */
final class PlantHistory {

    private final int capacity;
    private final int tags;
    private final double[] times;
    private final double[] values;
    private final byte[] qualities;
    private int start;
    private int size;

    PlantHistory(int tags, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a history holds at least one row, got " + capacity);
        }
        this.tags = tags;
        this.capacity = capacity;
        this.times = new double[capacity];
        this.values = new double[capacity * tags];
        this.qualities = new byte[capacity];
    }

    /** Appends the row of {@code plantTime}; a time not after the newest row is ignored. */
    synchronized void append(double plantTime, double[] row, ScadaPath.Quality quality) {
        if (row.length != tags) {
            throw new IllegalArgumentException("a row of " + tags + " values, got " + row.length);
        }
        if (size > 0 && plantTime <= times[slot(size - 1)]) {
            return;
        }
        if (size == capacity) {
            start = (start + 1) % capacity;
            size--;
        }
        int slot = slot(size);
        times[slot] = plantTime;
        System.arraycopy(row, 0, values, slot * tags, tags);
        qualities[slot] = (byte) quality.ordinal();
        size++;
    }

    /**
     * The samples of tag {@code index} with {@code from <= plantTime < to}, oldest first, at most
     * {@code limit} of them (0: all).
     */
    synchronized List<HistorySample> read(int index, double from, double to, int limit) {
        List<HistorySample> found = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < size && times[slot(i)] < to; i++) {
            if (limit > 0 && found.size() == limit) {
                break;
            }
            int slot = slot(i);
            found.add(new HistorySample(times[slot], values[slot * tags + index],
                    ScadaPath.Quality.values()[qualities[slot]]));
        }
        return found;
    }

    /** The oldest plant time still held, or NaN when empty. */
    synchronized double oldest() {
        return size == 0 ? Double.NaN : times[slot(0)];
    }

    private int firstAtOrAfter(double time) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[slot(mid)] < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int slot(int i) {
        return (start + i) % capacity;
    }
}
