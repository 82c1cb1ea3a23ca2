package org.icsdrill.core.capture;

/**
 * The fixed model of the wire that places each packet in plant time (ADR 14): how long a stack,
 * a server and a client host take, and what a segment holds. Fixed, so that the same traffic gives
 * the same capture, whatever the machine and the speed.
 */
final class WireModel {

    /** The MSS on Ethernet: the 1500-byte MTU less the IPv4 and TCP headers. */
    static final int MSS = 1460;
    static final long TURNAROUND_MICROS = 50;
    static final long SERVICE_MICROS = 1_000;
    static final long CLIENT_GAP_MICROS = 1_000;
    static final long DELAYED_ACK_MILLIS = 40;
    /** A full-size Ethernet frame takes 12 µs at 1 Gbit/s. */
    static final long SEGMENT_MICROS = 12;

    /** A stack answers a SYN or a FIN (nanoseconds). */
    static final long TURNAROUND = TURNAROUND_MICROS * 1_000;
    /** A server answers a request. */
    static final long SERVICE = SERVICE_MICROS * 1_000;
    /** A client host acts again at the earliest, after its last packet. */
    static final long CLIENT_GAP = CLIENT_GAP_MICROS * 1_000;
    /** A receiver acknowledges on its own, unless data carries the ACK first. */
    static final long DELAYED_ACK = DELAYED_ACK_MILLIS * 1_000_000;
    /** Between the segments of one message. */
    static final long SEGMENT_GAP = SEGMENT_MICROS * 1_000;

    private WireModel() {
    }
}
