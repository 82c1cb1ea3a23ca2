package org.icsdrill.ui.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Carries values from the network threads to the UI thread in batches: the newest value per key is
 * kept, and at most once per period one task hands the whole batch to the UI executor
 * ({@code Platform::runLater} in the application), never one task per notification. A burst of
 * a thousand samples costs the FX thread one pulse, and a slow FX thread is never queued up: the
 * next batch is posted only after the previous one has run.
 *
 * @param <K> what coalesces (a tag id)
 * @param <V> the value (a sample)
 */
public final class UpdateBatcher<K, V> implements AutoCloseable {

    private final Executor uiExecutor;
    private final Consumer<Map<K, V>> sink;
    private final Function<V, K> key;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private Map<K, V> pending = new LinkedHashMap<>();

    public UpdateBatcher(Executor uiExecutor, Duration period, Function<V, K> key, Consumer<Map<K, V>> sink) {
        this.uiExecutor = uiExecutor;
        this.sink = sink;
        this.key = key;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "console-ui-batcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = period.toMillis();
        timer.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** From any thread: replaces the pending value of the same key. */
    public void offer(V value) {
        synchronized (this) {
            pending.put(key.apply(value), value);
        }
    }

    /** Posts the pending batch to the UI executor, unless one is still waiting to run there. */
    public void flush() {
        if (!inFlight.compareAndSet(false, true)) {
            return;
        }
        Map<K, V> batch;
        synchronized (this) {
            if (pending.isEmpty()) {
                inFlight.set(false);
                return;
            }
            batch = pending;
            pending = new LinkedHashMap<>();
        }
        try {
            uiExecutor.execute(() -> {
                try {
                    sink.accept(batch);
                } finally {
                    inFlight.set(false);
                }
            });
        } catch (RuntimeException e) {
            // the UI thread is not there (yet, or any more): keep the batch for the next period,
            // newer values first, or the batcher would stay "in flight" and never post again
            synchronized (this) {
                batch.putAll(pending);
                pending = batch;
            }
            inFlight.set(false);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
