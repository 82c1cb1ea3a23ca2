package org.icsdrill.core.capture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The segments told but not written yet, in the file's order (time, flow, place in the flow), and
 * the flows that still owe a delayed ACK. The writer takes what is older than the current plant
 * time: nothing told later can be older than the plant time when it is told. Guarded by the
 * capture's lock.
 */
final class PendingSegments {

    private final PriorityQueue<Segment> queue = new PriorityQueue<>();
    private final Set<TcpFlow> owingAck = new LinkedHashSet<>();

    void add(Segment segment) {
        queue.add(segment);
    }

    void owesAck(TcpFlow flow) {
        owingAck.add(flow);
    }

    void settled(TcpFlow flow) {
        owingAck.remove(flow);
    }

    /** Takes the segments older than {@code before}, with the delayed ACKs due by then. */
    List<Segment> takeBefore(long before) {
        if (!owingAck.isEmpty()) {
            for (TcpFlow flow : new ArrayList<>(owingAck)) {
                flow.settleAcks(before);
            }
        }
        List<Segment> due = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().time() < before) {
            due.add(queue.poll());
        }
        return due;
    }
}
