package org.icsdrill.core.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.icsdrill.core.sim.Simulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A capture of every connection the endpoints serve, written as a libpcap file stamped in plant
 * time (ADR 14). The endpoints tell it what they read and send ({@link NetworkTap}); it plays a TCP
 * stack for both ends: handshakes, sequence and acknowledgement numbers, segments of at most
 * {@value #MSS} bytes, ACKs as Linux sends them (every second full segment at once, the rest
 * delayed by {@value #DELAYED_ACK_MILLIS} ms unless data carries it first), FIN or RST at the end.
 *
 * <p><b>Time.</b> A segment's time is plant time: the plant time when the endpoint served it, plus
 * a fixed model of the wire, never the wall clock. A client host acts at the earliest
 * {@value #CLIENT_GAP_MICROS} µs after its last packet (so a poll cycle's requests follow each other
 * from its plant-second on), a server answers {@value #SERVICE_MICROS} µs after the request, a stack
 * answers a SYN or FIN after {@value #TURNAROUND_MICROS} µs. The file's clock is
 * {@link Simulation#plantInstant} of that plant time.
 *
 * <p><b>Determinism.</b> Client ports are synthetic, handed out per client host from
 * {@value #FIRST_PORT} in order of connection; initial sequence numbers and IP ids come from the
 * flow's number and ports; segments are ordered by time, flow and place in the flow. A background
 * writer writes the segments older than the current plant time: nothing the simulated hosts send
 * later can be older, because they act synchronously with the simulation. So a run whose traffic
 * all comes from the simulated hosts writes the same bytes every time.
 */
public final class TrafficCapture implements NetworkTap, AutoCloseable {

    public static final String FILE_NAME = "capture.pcap";
    static final int MSS = 1460;
    static final int FIRST_PORT = 49_152;
    static final long TURNAROUND_MICROS = 50;
    static final long SERVICE_MICROS = 1_000;
    static final long CLIENT_GAP_MICROS = 1_000;
    static final long DELAYED_ACK_MILLIS = 40;
    /** A full-size Ethernet frame takes 12 µs at 1 Gbit/s. */
    static final long SEGMENT_MICROS = 12;
    private static final long TURNAROUND = TURNAROUND_MICROS * 1_000;
    private static final long SERVICE = SERVICE_MICROS * 1_000;
    private static final long CLIENT_GAP = CLIENT_GAP_MICROS * 1_000;
    private static final long DELAYED_ACK = DELAYED_ACK_MILLIS * 1_000_000;
    private static final long SEGMENT_GAP = SEGMENT_MICROS * 1_000;
    private static final long WRITE_INTERVAL_NANOS = 50_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(TrafficCapture.class);

    private final LongSupplier plantNanos;
    private final Supplier<Instant> plantZero;
    private final Path file;
    private final PcapWriter out;
    private final PriorityQueue<Segment> queue = new PriorityQueue<>();
    private final Map<Integer, Host> hosts = new HashMap<>();
    private final Map<Integer, TcpFlow> open = new LinkedHashMap<>();
    private final Set<TcpFlow> owingAck = new LinkedHashSet<>();
    private final Thread writer;
    private int flows;
    private long skipped;
    /** Writer side only. */
    private long lastWritten = Long.MIN_VALUE;
    private Instant zero;
    private long packets;
    private volatile boolean closing;
    private boolean closed;
    private IOException failure;

    private TrafficCapture(LongSupplier plantNanos, Supplier<Instant> plantZero, Path file, OutputStream stream)
            throws IOException {
        this.plantNanos = plantNanos;
        this.plantZero = plantZero;
        this.file = file;
        this.out = new PcapWriter(stream, MSS);
        this.writer = new Thread(this::writeLoop, "capture-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * A capture of a simulation's traffic into {@code file} (folders created); a name ending in
     * {@code .gz} is written gzip-compressed.
     */
    public static TrafficCapture open(Simulation simulation, Path file) {
        return open(simulation::plantTimeNanos, () -> simulation.plantInstant(0), file);
    }

    /** The same with the plant clock given: nanoseconds of plant time, and the instant of plant time 0. */
    public static TrafficCapture open(LongSupplier plantNanos, Supplier<Instant> plantZero, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            if (file.getFileName().toString().endsWith(".gz")) {
                stream = new GZIPOutputStream(stream, 1 << 16);
            }
            return new TrafficCapture(plantNanos, plantZero, file, stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the capture " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Packets written so far (all of them once closed). */
    public synchronized long packets() {
        return packets;
    }

    /** Connections captured so far, refused ones included. */
    public synchronized int flows() {
        return flows;
    }

    /** Connections left out because an end was not IPv4. */
    public synchronized long skipped() {
        return skipped;
    }

    @Override
    public synchronized Flow accepted(InetSocketAddress client, InetSocketAddress server) {
        TcpFlow flow = newFlow(client, server);
        if (flow == null) {
            return Flow.NONE;
        }
        long t = flow.host.next(now());
        flow.control(true, t, Segment.SYN, true);
        flow.control(false, t + TURNAROUND, Segment.SYN | Segment.ACK, true);
        flow.control(true, t + 2 * TURNAROUND, Segment.ACK, false);
        open.put(flow.id, flow);
        return flow;
    }

    @Override
    public synchronized void refused(InetSocketAddress client, InetSocketAddress server) {
        TcpFlow flow = newFlow(client, server);
        if (flow == null) {
            return;
        }
        long t = flow.host.next(now());
        flow.control(true, t, Segment.SYN, true);
        // RST/ACK acknowledging the SYN, sequence 0 (RFC 9293, 3.10.7.1)
        flow.serverNext = 0;
        flow.control(false, t + TURNAROUND, Segment.RST | Segment.ACK, false);
        flow.closed = true;
    }

    private TcpFlow newFlow(InetSocketAddress client, InetSocketAddress server) {
        if (closed || !(client.getAddress() instanceof Inet4Address c)
                || !(server.getAddress() instanceof Inet4Address s)) {
            skipped++;
            return null;
        }
        int clientIp = ipv4(c);
        Host host = hosts.computeIfAbsent(clientIp, ip -> new Host());
        return new TcpFlow(++flows, host, clientIp, host.port(), ipv4(s), server.getPort());
    }

    private static int ipv4(Inet4Address address) {
        byte[] b = address.getAddress();
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    private long now() {
        return plantNanos.getAsLong();
    }

    /** A client address: its clock (when it may act next) and its next synthetic port. */
    private static final class Host {
        private long last = Long.MIN_VALUE / 2;
        private int nextPort = FIRST_PORT;

        /** When this host acts next: not before plant time {@code now}, and a gap after its last packet. */
        long next(long now) {
            return Math.max(now, last + CLIENT_GAP);
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

    /** One connection as both stacks see it. Guarded by the capture's lock. */
    private final class TcpFlow implements Flow {
        private final int id;
        private final Host host;
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

        TcpFlow(int id, Host host, int clientIp, int clientPort, int serverIp, int serverPort) {
            this.id = id;
            this.host = host;
            this.clientIp = clientIp;
            this.clientPort = clientPort;
            this.serverIp = serverIp;
            this.serverPort = serverPort;
            SplittableRandom random = new SplittableRandom(((long) id << 32) ^ ((long) clientPort << 16) ^ serverPort
                    ^ ((long) clientIp * 0x9E3779B97F4A7C15L));
            this.clientNext = random.nextInt() & 0xFFFFFFFFL;
            this.serverNext = random.nextInt() & 0xFFFFFFFFL;
            this.clientIpId = random.nextInt(0x10000);
            this.serverIpId = random.nextInt(0x10000);
        }

        @Override
        public void fromClient(byte[] data, int offset, int length) {
            synchronized (TrafficCapture.this) {
                if (!closed && length > 0) {
                    long gap = lastData == 1 ? SEGMENT_GAP : CLIENT_GAP;
                    send(true, Math.max(now(), Math.max(host.last + gap, last + SEGMENT_GAP)), data, offset, length);
                }
            }
        }

        @Override
        public void fromServer(byte[] data, int offset, int length) {
            synchronized (TrafficCapture.this) {
                if (!closed && length > 0) {
                    long gap = lastData == -1 ? SEGMENT_GAP : SERVICE;
                    send(false, Math.max(now(), last + gap), data, offset, length);
                }
            }
        }

        @Override
        public void closedByClient() {
            synchronized (TrafficCapture.this) {
                if (!closed) {
                    long t = host.next(now());
                    finish(true, Math.max(t, last + TURNAROUND));
                }
            }
        }

        @Override
        public void closedByServer() {
            synchronized (TrafficCapture.this) {
                if (!closed) {
                    finish(false, Math.max(now(), last + TURNAROUND));
                }
            }
        }

        @Override
        public void reset() {
            synchronized (TrafficCapture.this) {
                if (!closed) {
                    long t = Math.max(now(), last + TURNAROUND);
                    settleAcks(t);
                    clientAckDue = -1;
                    serverAckDue = -1;
                    control(false, t, Segment.RST | Segment.ACK, false);
                    end();
                }
            }
        }

        /** FIN from one side, FIN/ACK from the other, ACK (RFC 9293, 3.6). */
        void finish(boolean clientFirst, long t) {
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
            open.remove(id);
            owingAck.remove(this);
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
                owingAck.remove(this);
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
                segment(fromClient, time, Segment.ACK | (lastSegment ? Segment.PSH : 0), payload);
                segments++;
                if (segments % 2 == 0 && !lastSegment) {
                    // the receiver acknowledges every second full segment at once (RFC 9293, 3.8.6.3)
                    segment(!fromClient, time + TURNAROUND, Segment.ACK, Segment.EMPTY);
                }
                time += SEGMENT_GAP;
            }
            long due = time - SEGMENT_GAP + DELAYED_ACK;
            if (fromClient) {
                serverAckDue = due;
            } else {
                clientAckDue = due;
            }
            owingAck.add(this);
            lastData = fromClient ? 1 : -1;
        }

        void control(boolean fromClient, long t, int flags, boolean mss) {
            segment(fromClient, t, flags, Segment.EMPTY, mss);
            lastData = 0;
        }

        private void segment(boolean fromClient, long t, int flags, byte[] payload) {
            segment(fromClient, t, flags, payload, false);
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
            queue.add(s);
        }
    }

    private void writeLoop() {
        while (!closing) {
            LockSupport.parkNanos(WRITE_INTERVAL_NANOS);
            if (!closing) {
                write(due(now()));
            }
        }
    }

    /**
     * Takes the segments older than {@code before}, with the delayed ACKs due by then: nothing told
     * later can be older than the plant time when it is told.
     */
    private synchronized List<Segment> due(long before) {
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

    private void write(List<Segment> segments) {
        if (segments.isEmpty() || failure != null) {
            return;
        }
        try {
            if (zero == null) {
                zero = plantZero.get();
            }
            for (Segment s : segments) {
                // an outside client told late is kept in order, never written before what was written already
                long time = Math.max(s.time(), lastWritten);
                lastWritten = time;
                Instant at = zero.plusNanos(time);
                out.write(at.getEpochSecond(), at.getNano() / 1_000, s);
            }
            synchronized (this) {
                packets += segments.size();
            }
        } catch (IOException e) {
            failure = e;
            LOG.error("the capture stopped writing to {}", file, e);
        }
    }

    /**
     * Ends the capture: open connections are closed by the server (FIN) at the current plant time,
     * every segment is written and the file closed. Call once the simulation has stopped.
     */
    @Override
    public void close() {
        List<Segment> rest;
        synchronized (this) {
            if (closed) {
                return;
            }
            closing = true;
            for (TcpFlow flow : new ArrayList<>(open.values())) {
                flow.closedByServer();
            }
            closed = true;
        }
        LockSupport.unpark(writer);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rest = due(Long.MAX_VALUE);
        write(rest);
        try {
            out.close();
        } catch (IOException e) {
            LOG.error("closing the capture {}", file, e);
        }
    }
}
