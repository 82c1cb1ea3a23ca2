package org.icsdrill.core.exercise;

import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.net.KnownHosts;

/**
 * One journaled request as the console's network monitor lists it, numbered so that a client that
 * sees overlapping windows keeps each request once.
 *
 * @param source the client's {@code address:port}
 */
public record TrafficItem(long seq, double plantTime, String wallTime, String plant, String source,
                          String protocol, String function, String address, String values, String result,
                          boolean write) {

    static TrafficItem of(long seq, Transaction t) {
        return new TrafficItem(seq, t.plantTimeSeconds(), t.wallTime().toString(), t.plant(), t.source(),
                t.protocol(), t.function(), t.address(), t.values(), t.result(), t.isWrite());
    }

    /** The source's address without the port. */
    public String sourceHost() {
        return KnownHosts.hostOf(source);
    }
}
