package org.icsdrill.core.capture;

import static org.icsdrill.core.capture.WireModel.CLIENT_GAP;
import static org.icsdrill.core.capture.WireModel.DELAYED_ACK;
import static org.icsdrill.core.capture.WireModel.MSS;
import static org.icsdrill.core.capture.WireModel.SEGMENT_GAP;
import static org.icsdrill.core.capture.WireModel.SERVICE;
import static org.icsdrill.core.capture.WireModel.TURNAROUND;

import java.util.SplittableRandom;

/**
 * One connection as both TCP stacks see it: sequence and acknowledgement numbers, IP ids, data cut
 * into segments, ACKs as Linux sends them (every second full segment at once, the rest delayed unless
 * data carries them first), and the way it ends. Each event gets its time from the plant time it is
 * told at ({@code now}) and the {@link WireModel}. Guarded by the capture's lock.
 */
final class TcpFlow {

    private final int id;
    private final ClientHost host;
    private final PendingSegments pending;
    private final int clientIp;
    private final int clientPort;
    private final int serverIp;
    private final int serverPort;
    private long clientNext;
    private long serverNext;
    private int clientIpId;
    private int serverIpId;
    private int index;
    private long last = Long.MIN_VALUE / 2;
    /** Who sent the last data segment: 1 client, -1 server, 0 none since the last control segment. */
    private int lastData;
    /** When the client's or the server's delayed ACK falls due; -1 when none is owed. */
    private long clientAckDue = -1;
    private long serverAckDue = -1;
    private boolean closed;

    /** Initial sequence numbers and IP ids come from the flow's number and ends: the same for the same traffic. */
    TcpFlow(int id, ClientHost host, PendingSegments pending, int clientIp, int serverIp, int serverPort) {
        this.id = id;
        this.host = host;
        this.pending = pending;
        this.clientIp = clientIp;
        this.clientPort = host.port();
        this.serverIp = serverIp;
        this.serverPort = serverPort;
        SplittableRandom random = new SplittableRandom(((long) id << 32) ^ ((long) clientPort << 16) ^ serverPort
                ^ ((long) clientIp * 0x9E3779B97F4A7C15L));
        this.clientNext = random.nextInt() & 0xFFFFFFFFL;
        this.serverNext = random.nextInt() & 0xFFFFFFFFL;
        this.clientIpId = random.nextInt(0x10000);
        this.serverIpId = random.nextInt(0x10000);
    }

    boolean closed() {
        return closed;
    }

    /** The three-way handshake, the SYN and SYN/ACK with the MSS option. */
    void accept(long now) {
        long t = host.next(now);
        control(true, t, Segment.SYN, true);
        control(false, t + TURNAROUND, Segment.SYN | Segment.ACK, true);
        control(true, t + 2 * TURNAROUND, Segment.ACK, false);
    }

    /** A SYN that nobody serves. */
    void refuse(long now) {
        long t = host.next(now);
        control(true, t, Segment.SYN, true);
        // RST/ACK acknowledging the SYN, sequence 0 (RFC 9293, 3.10.7.1)
        serverNext = 0;
        control(false, t + TURNAROUND, Segment.RST | Segment.ACK, false);
        closed = true;
    }

    /** A request: the client's next act, or the next segment of what it is sending. */
    void fromClient(long now, byte[] data, int offset, int length) {
        long gap = lastData == 1 ? SEGMENT_GAP : CLIENT_GAP;
        send(true, Math.max(now, Math.max(host.last() + gap, last + SEGMENT_GAP)), data, offset, length);
    }

    /** An answer: a service time after the request, or the next segment of what it is sending. */
    void fromServer(long now, byte[] data, int offset, int length) {
        long gap = lastData == -1 ? SEGMENT_GAP : SERVICE;
        send(false, Math.max(now, last + gap), data, offset, length);
    }

    void closedByClient(long now) {
        finish(true, Math.max(host.next(now), last + TURNAROUND));
    }

    void closedByServer(long now) {
        finish(false, Math.max(now, last + TURNAROUND));
    }

    /** RST/ACK from the server. */
    void reset(long now) {
        long t = Math.max(now, last + TURNAROUND);
        settleAcks(t);
        clientAckDue = -1;
        serverAckDue = -1;
        control(false, t, Segment.RST | Segment.ACK, false);
        end();
    }

    /** FIN from one side, FIN/ACK from the other, ACK (RFC 9293, 3.6). */
    private void finish(boolean clientFirst, long t) {
        settleAcks(t);
        clientAckDue = -1; // the FINs carry the acknowledgements owed
        serverAckDue = -1;
        control(clientFirst, t, Segment.FIN | Segment.ACK, false);
        control(!clientFirst, t + TURNAROUND, Segment.FIN | Segment.ACK, false);
        control(clientFirst, t + 2 * TURNAROUND, Segment.ACK, false);
        end();
    }

    private void end() {
        closed = true;
        pending.settled(this);
    }

    /** Sends the delayed ACKs that fall due before {@code t}. */
    void settleAcks(long t) {
        if (clientAckDue >= 0 && clientAckDue < t) {
            long due = clientAckDue;
            clientAckDue = -1;
            control(true, due, Segment.ACK, false);
        }
        if (serverAckDue >= 0 && serverAckDue < t) {
            long due = serverAckDue;
            serverAckDue = -1;
            control(false, due, Segment.ACK, false);
        }
        if (clientAckDue < 0 && serverAckDue < 0) {
            pending.settled(this);
        }
    }

    private void send(boolean fromClient, long t, byte[] data, int offset, int length) {
        settleAcks(t);
        // data carries the sender's acknowledgement: no separate ACK owed by it any more
        if (fromClient) {
            clientAckDue = -1;
        } else {
            serverAckDue = -1;
        }
        long time = t;
        int segments = 0;
        for (int at = 0; at < length; at += MSS) {
            int size = Math.min(MSS, length - at);
            byte[] payload = new byte[size];
            System.arraycopy(data, offset + at, payload, 0, size);
            boolean lastSegment = at + size >= length;
            segment(fromClient, time, Segment.ACK | (lastSegment ? Segment.PSH : 0), payload, false);
            segments++;
            if (segments % 2 == 0 && !lastSegment) {
                // the receiver acknowledges every second full segment at once (RFC 9293, 3.8.6.3)
                segment(!fromClient, time + TURNAROUND, Segment.ACK, Segment.EMPTY, false);
            }
            time += SEGMENT_GAP;
        }
        long due = time - SEGMENT_GAP + DELAYED_ACK;
        if (fromClient) {
            serverAckDue = due;
        } else {
            clientAckDue = due;
        }
        pending.owesAck(this);
        lastData = fromClient ? 1 : -1;
    }

    private void control(boolean fromClient, long t, int flags, boolean mss) {
        segment(fromClient, t, flags, Segment.EMPTY, mss);
        lastData = 0;
    }

    private void segment(boolean fromClient, long t, int flags, byte[] payload, boolean mss) {
        long ack = (flags & Segment.ACK) != 0 ? (fromClient ? serverNext : clientNext) : 0;
        Segment s = fromClient
                ? new Segment(t, id, index++, clientIp, serverIp, clientPort, serverPort, clientNext, ack, flags,
                        clientIpId++ & 0xFFFF, mss, payload)
                : new Segment(t, id, index++, serverIp, clientIp, serverPort, clientPort, serverNext, ack, flags,
                        serverIpId++ & 0xFFFF, mss, payload);
        long consumed = payload.length + ((flags & (Segment.SYN | Segment.FIN)) != 0 ? 1 : 0);
        if (fromClient) {
            clientNext = (clientNext + consumed) & 0xFFFFFFFFL;
        } else {
            serverNext = (serverNext + consumed) & 0xFFFFFFFFL;
        }
        last = Math.max(last, t);
        host.saw(t);
        pending.add(s);
    }
}
