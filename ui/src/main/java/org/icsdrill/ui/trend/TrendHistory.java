package org.icsdrill.ui.trend;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;

/** Where a new pen's past comes from: the server's history of the tag (OPC UA HistoryRead). */
@FunctionalInterface
public interface TrendHistory {

    /** No history: a pen starts from the newest sample alone. */
    TrendHistory NONE = (tag, from, to) -> CompletableFuture.completedFuture(List.of());

    /** The tag's recorded samples with source times in [from, to), oldest first; may complete on any thread. */
    CompletableFuture<List<TagSample>> read(TagInfo tag, Instant from, Instant to);
}
