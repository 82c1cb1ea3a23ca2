package org.icsdrill.api;


/**
 * One journaled request as the console's network monitor lists it, numbered so that a client that
 * sees overlapping windows or pages keeps each request once.
 *
 * @param source        the client's {@code address:port}
 * @param outcome       answered, refused or dropped; null from a server older than the field (read as answered)
 * @param unknownSource the source is none of the hosts that belong on the network (as the server's
 *                      inventory said when the request came)
 * @param unusualProtocol the source is a known host, but this protocol is not one it speaks (the
 *                      trainees' HMI station, which speaks OPC UA, sending Modbus)
 */
public record TrafficItem(long seq, double plantTime, String wallTime, String plant, String source,
                          String protocol, String function, String address, String values, String result,
                          boolean write, TrafficOutcome outcome, boolean unknownSource, boolean unusualProtocol) {

    public TrafficItem {
        outcome = outcome == null ? TrafficOutcome.ANSWERED : outcome;
    }

    /** The source's address without the port. */
    public String sourceHost() {
        return SourceAddress.hostOf(source);
    }

    /**
     * Whether the server keeps this request for the whole run (ADR 10): a write, a request from an
     * unknown host or in a protocol its host does not speak, or one refused or dropped; the routine
     * polling of known hosts is not kept.
     */
    public boolean kept() {
        return write || flagged() || outcome != TrafficOutcome.ANSWERED;
    }

    /** What the network monitor marks for a look: an unknown source, or a known one speaking out of role. */
    public boolean flagged() {
        return unknownSource || unusualProtocol;
    }
}
