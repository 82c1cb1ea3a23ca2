package org.icsdrill.evidence.truth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.icsdrill.core.output.Compression;

/**
 * Writes records to a text file on its own thread, formatting them there, so the simulation thread
 * only hands over a small record. If the writer falls far behind, the producer waits: ground truth
 * must be complete, so nothing is dropped; a writer that failed (a full disk, a record it cannot
 * format) is reported to the producer at its next record and at close, never a hang. A file named
 * {@code .zst} or {@code .gz} is written compressed.
 */
final class AsyncLineWriter<T> implements AutoCloseable {

    private static final int CAPACITY = 65_536;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object end = new Object();
    private final Function<T, String> format;
    private final BufferedWriter out;
    private final Thread thread;
    private volatile Exception failure;

    AsyncLineWriter(Path file, String header, Function<T, String> format) {
        this.format = format;
        try {
            this.out = new BufferedWriter(new OutputStreamWriter(Compression.create(file), StandardCharsets.UTF_8),
                    1 << 16);
            if (header != null) {
                out.write(header);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        this.thread = new Thread(this::run, "writer-" + file.getFileName());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues a record, waiting while the queue is full; an interrupt does not drop it (the flag is
     * kept for the caller), and a writer that has failed is reported here instead of blocking.
     */
    void add(T record) {
        hand(record);
    }

    @SuppressWarnings("unchecked")
    private void run() {
        try {
            while (true) {
                Object next = queue.take();
                if (next == end) {
                    break;
                }
                out.write(format.apply((T) next));
                out.write('\n');
            }
        } catch (IOException | RuntimeException e) {
            failure = e; // a record that cannot be formatted is as much a failure as a full disk
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeFile();
        }
    }

    private void closeFile() {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    /** Writes everything queued and closes the file; throws if any line could not be written. */
    @Override
    public void close() {
        try {
            hand(end);
        } catch (RuntimeException failed) {
            // the writer failed: it is ending, and closing the file; wait for it, then report the failure
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        failIfFailed();
    }

    private void hand(Object item) {
        boolean interrupted = false;
        try {
            while (true) {
                failIfFailed();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the writer thread has stopped");
                }
                try {
                    if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void failIfFailed() {
        Exception failed = failure;
        if (failed instanceof IOException io) {
            throw new UncheckedIOException("writing failed", io);
        }
        if (failed != null) {
            throw new IllegalStateException("writing failed: " + failed, failed);
        }
    }
}
