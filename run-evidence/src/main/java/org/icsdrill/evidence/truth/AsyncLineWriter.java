package org.icsdrill.evidence.truth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Writes records to a text file on its own thread, formatting them there, so the simulation thread
 * only hands over a small record. If the writer falls far behind, the producer waits: ground truth
 * must be complete, so nothing is dropped.
 */
final class AsyncLineWriter<T> implements AutoCloseable {

    private static final int CAPACITY = 65_536;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object end = new Object();
    private final Function<T, String> format;
    private final BufferedWriter out;
    private final Thread thread;
    private volatile IOException failure;

    AsyncLineWriter(Path file, String header, Function<T, String> format) {
        this.format = format;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
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

    void add(T record) {
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            out.close();
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes everything queued and closes the file. */
    @Override
    public void close() {
        try {
            queue.put(end);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new UncheckedIOException("writing failed", failure);
        }
    }
}
