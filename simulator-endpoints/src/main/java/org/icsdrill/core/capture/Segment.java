package org.icsdrill.core.capture;

/**
 * One TCP segment of the capture, as it will be framed: Ethernet II, IPv4 (RFC 791) and TCP
 * (RFC 9293). Ordered by plant time, then by flow and by its place in the flow, so that the file's
 * order never depends on which thread told the capture first.
 *
 * @param time    plant time of the segment, in nanoseconds
 * @param flow    the flow's number in the capture (its order of connection)
 * @param index   the segment's place in its flow
 * @param payload the segment's data, never changed after it is made
 */
record Segment(long time, int flow, int index, int sourceIp, int destinationIp, int sourcePort,
               int destinationPort, long sequence, long acknowledgement, int flags, int ipId, boolean mssOption,
               byte[] payload) implements Comparable<Segment> {

    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int PSH = 0x08;
    static final int ACK = 0x10;

    static final byte[] EMPTY = new byte[0];

    @Override
    public int compareTo(Segment other) {
        int byTime = Long.compare(time, other.time);
        if (byTime != 0) {
            return byTime;
        }
        int byFlow = Integer.compare(flow, other.flow);
        return byFlow != 0 ? byFlow : Integer.compare(index, other.index);
    }
}
