package org.icsdrill.core.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link ClockEvent} of a driver so far, and a way to follow them from the beginning: a
 * follower added while the run is under way (a scenario chosen later on the instructor's desk) first
 * gets the past events, then the new ones, none twice and none missed.
 */
public final class ClockHistory implements ClockListener {

    private final List<ClockEvent> events = new ArrayList<>();
    private final List<ClockListener> followers = new ArrayList<>();

    @Override
    public synchronized void clockChanged(ClockEvent event) {
        events.add(event);
        followers.forEach(f -> f.clockChanged(event));
    }

    /** Tells {@code follower} the events so far, then every new one. */
    public synchronized void follow(ClockListener follower) {
        events.forEach(follower::clockChanged);
        followers.add(follower);
    }

    /** Stops telling {@code follower}. */
    public synchronized void unfollow(ClockListener follower) {
        followers.remove(follower);
    }

    public synchronized List<ClockEvent> events() {
        return List.copyOf(events);
    }
}
