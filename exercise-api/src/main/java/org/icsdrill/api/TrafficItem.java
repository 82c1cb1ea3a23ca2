package org.icsdrill.api;


/**
 * One journaled request as the console's network monitor lists it, numbered so that a client that
 * sees overlapping windows keeps each request once.
 *
 * @param source the client's {@code address:port}
 */
public record TrafficItem(long seq, double plantTime, String wallTime, String plant, String source,
                          String protocol, String function, String address, String values, String result,
                          boolean write) {

    /** The source's address without the port. */
    public String sourceHost() {
        return SourceAddress.hostOf(source);
    }
}
