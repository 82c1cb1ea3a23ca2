package org.icsdrill.core.site;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.HostEventAction;

/**
 * The event logs of every host of the site, one sequence for the run: each event is numbered and
 * stamped in plant time, handed to the subscribers (the ECS file, the record) and the newest
 * {@value #KEPT} are kept for the consoles. Thread-safe.
 */
public final class HostEventLog {

    /** How many of the newest events the consoles can read. */
    public static final int KEPT = 500;

    private final DoubleSupplier plantTime;
    private final ArrayDeque<HostEvent> newest = new ArrayDeque<>();
    private final List<Consumer<HostEvent>> subscribers = new CopyOnWriteArrayList<>();
    private long seq;

    public HostEventLog(DoubleSupplier plantTime) {
        this.plantTime = Objects.requireNonNull(plantTime, "plantTime");
    }

    /** What one host logs now. */
    public record Entry(String host, HostEventAction action, boolean success, String user, String destination,
                        String protocol, String detail, String attack) {

        public static Entry of(String host, HostEventAction action, boolean success, String detail) {
            return new Entry(host, action, success, "", "", "", detail, "");
        }

        public Entry by(String account) {
            return new Entry(host, action, success, account, destination, protocol, detail, attack);
        }

        public Entry to(String address, int port, String service) {
            return new Entry(host, action, success, user, address + ":" + port, service, detail, attack);
        }

        /** Caused by a scenario's attack (ground truth). */
        public Entry causedBy(String attackId) {
            return new Entry(host, action, success, user, destination, protocol, detail, attackId);
        }
    }

    /**
     * Logs the entry now and hands it on; returns it as logged. The subscribers are told under the log's
     * lock, so that a file gets the events in their numbers' order whichever threads log them.
     */
    public synchronized HostEvent log(Entry e) {
        HostEvent event = new HostEvent(++seq, plantTime.getAsDouble(), e.host(), e.action(),
                e.success() ? "success" : "failure", e.user(), e.destination(), e.protocol(), e.detail(), e.attack());
        newest.addLast(event);
        if (newest.size() > KEPT) {
            newest.removeFirst();
        }
        subscribers.forEach(s -> s.accept(event));
        return event;
    }

    /** The newest events, oldest first. */
    public synchronized List<HostEvent> newest() {
        return List.copyOf(newest);
    }

    /** Number of the newest event; 0 before any. */
    public synchronized long lastSeq() {
        return seq;
    }

    public void subscribe(Consumer<HostEvent> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<HostEvent> subscriber) {
        subscribers.remove(subscriber);
    }
}
