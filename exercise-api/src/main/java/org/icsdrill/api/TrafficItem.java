package org.icsdrill.api;


/**
 * One journaled request as the console's network monitor lists it, numbered so that a client that
 * sees overlapping windows or pages keeps each request once.
 *
 * @param source        the client's {@code address:port}
 * @param outcome       answered, refused or dropped; null from a server older than the field (read as answered)
 * @param unknownSource the source is none of the hosts that belong on the network (as the server's
 *                      inventory said when the request came)
 */
public record TrafficItem(long seq, double plantTime, String wallTime, String plant, String source,
                          String protocol, String function, String address, String values, String result,
                          boolean write, TrafficOutcome outcome, boolean unknownSource) {

    public TrafficItem {
        outcome = outcome == null ? TrafficOutcome.ANSWERED : outcome;
    }

    /** The source's address without the port. */
    public String sourceHost() {
        return SourceAddress.hostOf(source);
    }

    /**
     * Whether the server keeps this request for the whole run (ADR 10): a write, a request from an
     * unknown host, or one refused or dropped; the routine polling of known hosts is not kept.
     */
    public boolean kept() {
        return write || unknownSource || outcome != TrafficOutcome.ANSWERED;
    }
}
