package org.icsdrill.core.capture;

/**
 * A client address as the capture sees it: its clock (when it may act next) and its next synthetic
 * port. Ports are handed out per host in order of connection, not taken from the real sockets, so
 * that the same traffic gets the same ports. Guarded by the capture's lock.
 */
final class ClientHost {

    /** The first ephemeral port (RFC 6335); the ports wrap around to it after 65535. */
    static final int FIRST_PORT = 49_152;

    private long last = Long.MIN_VALUE / 2;
    private int nextPort = FIRST_PORT;

    /** When this host acts next: not before plant time {@code now}, and a gap after its last packet. */
    long next(long now) {
        return Math.max(now, last + WireModel.CLIENT_GAP);
    }

    /** The time of this host's last packet, in any of its flows. */
    long last() {
        return last;
    }

    void saw(long time) {
        last = Math.max(last, time);
    }

    int port() {
        int port = nextPort;
        nextPort = nextPort == 65_535 ? FIRST_PORT : nextPort + 1;
        return port;
    }
}
