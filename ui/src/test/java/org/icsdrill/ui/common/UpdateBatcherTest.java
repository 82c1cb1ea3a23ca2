package org.icsdrill.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UpdateBatcherTest {

    record Sample(String key, int value) {
    }

    @Test
    void aBurstBecomesOneBatchWithTheNewestValuePerKey() {
        List<Map<String, Sample>> batches = new CopyOnWriteArrayList<>();
        AtomicInteger posted = new AtomicInteger();
        Executor ui = task -> {
            posted.incrementAndGet();
            task.run();
        };
        // a long period: the test flushes by hand instead of waiting for the timer
        try (var batcher = new UpdateBatcher<String, Sample>(ui, Duration.ofHours(1), Sample::key, batches::add)) {
            for (int i = 0; i < 1000; i++) {
                batcher.offer(new Sample("tag" + (i % 10), i));
            }
            batcher.flush();
            batcher.flush();
        }

        assertThat(posted).hasValue(1);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(10).containsEntry("tag3", new Sample("tag3", 993));
    }

    @Test
    void noNewBatchIsPostedWhileTheUiThreadHasNotRunTheLastOne() {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        List<Map<String, Sample>> batches = new CopyOnWriteArrayList<>();
        try (var batcher = new UpdateBatcher<String, Sample>(queued::add, Duration.ofHours(1), Sample::key, batches::add)) {
            batcher.offer(new Sample("a", 1));
            batcher.flush();
            batcher.offer(new Sample("a", 2));
            batcher.flush();
            assertThat(queued).as("one task waiting on a busy UI thread").hasSize(1);

            queued.remove(0).run();
            batcher.flush();
            queued.remove(0).run();
        }

        assertThat(batches).extracting(b -> b.get("a").value()).containsExactly(1, 2);
    }

    @Test
    void aUiThreadThatIsNotThereYetLosesNothing() {
        List<Map<String, Sample>> batches = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Executor startingUp = task -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("Toolkit not initialized");
            }
            task.run();
        };
        try (var batcher = new UpdateBatcher<String, Sample>(startingUp, Duration.ofHours(1), Sample::key, batches::add)) {
            batcher.offer(new Sample("a", 1));
            batcher.offer(new Sample("b", 1));
            batcher.flush();
            batcher.offer(new Sample("a", 2));
            batcher.flush();
        }

        assertThat(batches).containsExactly(Map.of("a", new Sample("a", 2), "b", new Sample("b", 1)));
    }
}
