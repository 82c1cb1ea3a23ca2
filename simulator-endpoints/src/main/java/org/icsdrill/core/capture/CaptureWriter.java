package org.icsdrill.core.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capture's writer thread: every {@value #WRITE_INTERVAL_MILLIS} ms of wall time it takes the
 * segments older than the current plant time and writes them stamped with their plant instant, so
 * that framing and writing never happen on an endpoint's thread. Never writes back in time.
 */
final class CaptureWriter {

    static final long WRITE_INTERVAL_MILLIS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(CaptureWriter.class);

    private final PcapWriter out;
    private final Path file;
    private final LongSupplier plantNanos;
    private final Supplier<Instant> plantZero;
    private final LongFunction<List<Segment>> takeBefore;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile long packets;
    /** Writer side only. */
    private long lastWritten = Long.MIN_VALUE;
    private Instant zero;
    private IOException failure;

    /**
     * @param plantZero  the instant of plant time 0, asked at the first write: a run without a start
     *                   time is anchored only when it starts stepping
     * @param takeBefore takes the segments told older than a plant time, under the capture's lock
     */
    CaptureWriter(PcapWriter out, Path file, LongSupplier plantNanos, Supplier<Instant> plantZero,
                  LongFunction<List<Segment>> takeBefore) {
        this.out = out;
        this.file = file;
        this.plantNanos = plantNanos;
        this.plantZero = plantZero;
        this.takeBefore = takeBefore;
        this.thread = new Thread(this::writeLoop, "capture-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Packets written so far (all of them once finished). */
    long packets() {
        return packets;
    }

    /** Writes nothing more on its own; {@link #finish} writes the rest. Call under the capture's lock. */
    void stop() {
        stopping = true;
    }

    /** Stops the thread, writes every segment left and closes the file. */
    void finish() {
        stopping = true;
        LockSupport.unpark(thread);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(takeBefore.apply(Long.MAX_VALUE));
        try {
            out.close();
        } catch (IOException e) {
            LOG.error("closing the capture {}", file, e);
        }
    }

    private void writeLoop() {
        while (!stopping) {
            LockSupport.parkNanos(WRITE_INTERVAL_MILLIS * 1_000_000);
            if (!stopping) {
                write(takeBefore.apply(plantNanos.getAsLong()));
            }
        }
    }

    private void write(List<Segment> segments) {
        if (segments.isEmpty() || failure != null) {
            return;
        }
        try {
            if (zero == null) {
                zero = plantZero.get();
            }
            for (Segment s : segments) {
                // an outside client told late is kept in order, never written before what was written already
                long time = Math.max(s.time(), lastWritten);
                lastWritten = time;
                Instant at = zero.plusNanos(time);
                out.write(at.getEpochSecond(), at.getNano() / 1_000, s);
            }
            packets += segments.size();
        } catch (IOException e) {
            failure = e;
            LOG.error("the capture stopped writing to {}", file, e);
        }
    }
}
