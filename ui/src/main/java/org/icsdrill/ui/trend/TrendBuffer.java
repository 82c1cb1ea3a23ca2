package org.icsdrill.ui.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * The history of one pen: (plant time, value) pairs in time order in a ring buffer of fixed capacity,
 * so that a console left running for a day holds a bounded amount of memory. When full, the oldest
 * point is dropped. NaN values (bad quality) are kept in the buffer and left out of what is drawn.
 */
public final class TrendBuffer {

    /**
     * Points per pen: 30 minutes at the console's four samples a second, the widest window at real
     * time (hours of plant time in an accelerated run). 7,200 points are 115 kB per pen.
     */
    public static final int CAPACITY = 7_200;

    /** One point, time in seconds since the epoch (plant time on the wall clock). */
    public record Point(double time, double value) {
    }

    private final double[] times;
    private final double[] values;
    private int start;
    private int size;

    public TrendBuffer() {
        this(CAPACITY);
    }

    public TrendBuffer(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2: " + capacity);
        }
        times = new double[capacity];
        values = new double[capacity];
    }

    /**
     * Appends a point. A point at the newest time replaces it; an older one is ignored (samples
     * are never reordered, and a trend is not rewritten).
     */
    public void add(double time, double value) {
        if (size > 0) {
            double last = time(size - 1);
            if (time < last) {
                return;
            }
            if (time == last) {
                values[index(size - 1)] = value;
                return;
            }
        }
        if (size == times.length) {
            start = (start + 1) % times.length;
            size--;
        }
        int i = index(size);
        times[i] = time;
        values[i] = value;
        size++;
    }

    /**
     * Puts points recorded before this buffer's oldest one in front of it, in time order (a pen
     * filled from the server's history after it started live); newer or unordered ones are skipped.
     * When everything does not fit, the oldest points go, as when appending.
     */
    public void prepend(List<Point> older) {
        double firstKept = size == 0 ? Double.POSITIVE_INFINITY : time(0);
        List<Point> merged = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (Point point : older) {
            if (point.time() < firstKept && point.time() > last) {
                merged.add(point);
                last = point.time();
            }
        }
        for (int i = 0; i < size; i++) {
            merged.add(new Point(time(i), value(i)));
        }
        start = 0;
        size = 0;
        for (Point point : merged.subList(Math.max(0, merged.size() - times.length), merged.size())) {
            times[size] = point.time();
            values[size] = point.value();
            size++;
        }
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return times.length;
    }

    /** The i-th oldest point's time. */
    public double time(int i) {
        return times[index(i)];
    }

    public double value(int i) {
        return values[index(i)];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * The points to draw between {@code from} and {@code to}: the last one before {@code from} (so
     * the line enters at the left edge), those inside, and no more than about {@code 2 * buckets}:
     * where there are more, each of {@code buckets} equal time slices keeps its lowest and highest
     * value in time order, so a spike stays visible however far one zooms out. NaN values are left out.
     */
    public List<Point> visible(double from, double to, int buckets) {
        List<Point> points = new ArrayList<>();
        if (size == 0 || to <= from) {
            return points;
        }
        int first = firstAtOrAfter(from);
        int last = firstAtOrAfter(Math.nextUp(to)) - 1;
        if (first > 0) {
            addIfNumber(points, first - 1);
        }
        int count = last - first + 1;
        if (count <= 2 * buckets) {
            for (int i = first; i <= last; i++) {
                addIfNumber(points, i);
            }
            return points;
        }
        double width = (to - from) / buckets;
        int i = first;
        for (int b = 0; b < buckets && i <= last; b++) {
            double end = b == buckets - 1 ? Double.POSITIVE_INFINITY : from + (b + 1) * width;
            int min = -1;
            int max = -1;
            for (; i <= last && time(i) < end; i++) {
                double v = value(i);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (min < 0 || v < value(min)) {
                    min = i;
                }
                if (max < 0 || v > value(max)) {
                    max = i;
                }
            }
            if (min >= 0) {
                addIfNumber(points, Math.min(min, max));
                if (max != min) {
                    addIfNumber(points, Math.max(min, max));
                }
            }
        }
        return points;
    }

    /** The index of the first point at or after {@code time}; {@link #size()} when there is none. */
    int firstAtOrAfter(double time) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (time(mid) < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void addIfNumber(List<Point> points, int i) {
        double v = value(i);
        if (!Double.isNaN(v)) {
            points.add(new Point(time(i), v));
        }
    }

    private int index(int i) {
        return (start + i) % times.length;
    }
}
