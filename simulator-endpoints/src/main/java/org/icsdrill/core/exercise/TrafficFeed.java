package org.icsdrill.core.exercise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;

/**
 * The newest journaled requests, numbered, for the consoles' network monitors. A console samples
 * the window a few times a second and keeps the items it has not seen; a burst of more than
 * {@link #CAPACITY} requests between two samples is shown in part (the journal file has all).
 */
public final class TrafficFeed implements AutoCloseable {

    /** Requests kept: enough for a few seconds of a busy drill, small enough to send four times a second. */
    public static final int CAPACITY = 100;

    private final TransactionJournal journal;
    private final Consumer<Transaction> listener = this::add;
    private final ArrayDeque<TrafficItem> window = new ArrayDeque<>(CAPACITY);
    private long next = 1;

    public TrafficFeed(TransactionJournal journal) {
        this.journal = journal;
        journal.subscribe(listener);
    }

    private synchronized void add(Transaction transaction) {
        if (window.size() == CAPACITY) {
            window.removeFirst();
        }
        window.addLast(item(next++, transaction));
    }

    /** The window, oldest first. */
    public synchronized List<TrafficItem> window() {
        return new ArrayList<>(window);
    }

    /** Numbers handed out so far; changes whenever the window does. */
    public synchronized long lastSeq() {
        return next - 1;
    }

    @Override
    public void close() {
        journal.unsubscribe(listener);
    }

    private static TrafficItem item(long seq, Transaction t) {
        return new TrafficItem(seq, t.plantTimeSeconds(), t.wallTime().toString(), t.plant(), t.source(),
                t.protocol(), t.function(), t.address(), t.values(), t.result(), t.isWrite());
    }
}
