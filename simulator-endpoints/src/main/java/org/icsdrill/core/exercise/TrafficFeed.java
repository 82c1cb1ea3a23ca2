package org.icsdrill.core.exercise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.KnownHosts;

/**
 * The journaled requests, numbered and marked when their source is unknown, for the consoles'
 * network monitors: the newest in a window that a console samples a few times a second (a burst of
 * more than {@link #CAPACITY} between two samples is shown in part), and every one handed to the
 * {@link TrafficLedger}, which counts them all and keeps those worth finding later under the same
 * numbers.
 */
public final class TrafficFeed implements AutoCloseable {

    /** Requests kept: enough for a few seconds of a busy drill, small enough to send four times a second. */
    public static final int CAPACITY = 100;

    private final TransactionJournal journal;
    private final KnownHosts known;
    private final TrafficLedger ledger;
    private final Consumer<Transaction> listener = this::add;
    private final ArrayDeque<TrafficItem> window = new ArrayDeque<>(CAPACITY);
    private long next = 1;

    public TrafficFeed(TransactionJournal journal, KnownHosts known, TrafficLedger ledger) {
        this.journal = journal;
        this.known = known;
        this.ledger = ledger;
        journal.subscribe(listener);
    }

    private synchronized void add(Transaction transaction) {
        if (window.size() == CAPACITY) {
            window.removeFirst();
        }
        TrafficItem item = item(next++, transaction, known.isUnknown(transaction.source()),
                known.isUnusual(transaction.source(), transaction.protocol()));
        window.addLast(item);
        ledger.add(item); // under this lock, so the ledger gets the numbers in order
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

    private static TrafficItem item(long seq, Transaction t, boolean unknown, boolean unusual) {
        return new TrafficItem(seq, t.plantTimeSeconds(), t.wallTime().toString(), t.plant(), t.source(),
                t.protocol(), t.function(), t.address(), t.values(), t.result(), t.isWrite(), t.outcome(), unknown,
                unusual);
    }
}
