package org.icsdrill.core.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.icsdrill.core.output.Compression;
import org.icsdrill.core.sim.Simulation;

/**
 * A capture of every connection the endpoints serve, written as a libpcap file stamped in plant
 * time (ADR 14). The endpoints tell it what they read and send ({@link NetworkTap}); a
 * {@link TcpFlow} per connection plays TCP for both ends, {@link PendingSegments} keeps what was told
 * in the file's order, and the {@link CaptureWriter} thread frames and writes it ({@link PcapWriter}).
 * This class opens the file, hands out the flows and takes the one lock they all share.
 *
 * <p><b>Time.</b> A segment's time is plant time: the plant time when the endpoint served it, plus
 * a fixed model of the wire ({@link WireModel}), never the wall clock. A client host acts at the
 * earliest {@value WireModel#CLIENT_GAP_MICROS} µs after its last packet (so a poll cycle's requests
 * follow each other from its plant-second on), a server answers {@value WireModel#SERVICE_MICROS} µs
 * after the request, a stack answers a SYN or FIN after {@value WireModel#TURNAROUND_MICROS} µs. The
 * file's clock is {@link Simulation#plantInstant} of that plant time.
 *
 * <p><b>Determinism.</b> Client ports are synthetic, handed out per client host from
 * {@value #FIRST_PORT} in order of connection; servers on free ports are written at their nominal ports
 * ({@link #serverPorts}); initial sequence numbers and IP ids come from the
 * flow's number and ports; segments are ordered by time, flow and place in the flow. A background
 * writer writes the segments older than the current plant time: nothing the simulated hosts send
 * later can be older, because they act synchronously with the simulation. So a run whose traffic
 * all comes from the simulated hosts writes the same bytes every time.
 */
public final class TrafficCapture implements NetworkTap, AutoCloseable {

    public static final String FILE_NAME = "capture.pcap";
    static final int FIRST_PORT = ClientHost.FIRST_PORT;

    private final LongSupplier plantNanos;
    private final Path file;
    private final PendingSegments pending = new PendingSegments();
    private final Map<Integer, ClientHost> hosts = new HashMap<>();
    private final Set<TappedFlow> open = new LinkedHashSet<>();
    private Map<InetSocketAddress, Integer> serverPorts = Map.of();
    private final CaptureWriter writer;
    private int flows;
    private long skipped;
    private boolean closed;

    private TrafficCapture(LongSupplier plantNanos, Supplier<Instant> plantZero, Path file, OutputStream stream)
            throws IOException {
        this.plantNanos = plantNanos;
        this.file = file;
        this.writer = new CaptureWriter(new PcapWriter(stream, WireModel.MSS), file, plantNanos, plantZero,
                this::takeBefore);
    }

    /**
     * A capture of a simulation's traffic into {@code file} (folders created); a name ending in
     * {@code .zst} or {@code .gz} is written compressed ({@link Compression}).
     */
    public static TrafficCapture open(Simulation simulation, Path file) {
        return open(simulation::plantTimeNanos, () -> simulation.plantInstant(0), file);
    }

    /** The same with the plant clock given: nanoseconds of plant time, and the instant of plant time 0. */
    public static TrafficCapture open(LongSupplier plantNanos, Supplier<Instant> plantZero, Path file) {
        try {
            return new TrafficCapture(plantNanos, plantZero, file, Compression.create(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the capture " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Packets written so far (all of them once closed). */
    public long packets() {
        return writer.packets();
    }

    /** Connections captured so far, refused ones included. */
    public synchronized int flows() {
        return flows;
    }

    /** Connections left out because an end was not IPv4. */
    public synchronized long skipped() {
        return skipped;
    }

    /**
     * The port to write for each server that listens elsewhere than its nominal port (a run on free ports):
     * the capture shows the site's ports, so that two runs of a seed write the same bytes whichever ports
     * they took. Servers not named keep their real port.
     */
    public synchronized void serverPorts(Map<InetSocketAddress, Integer> nominal) {
        this.serverPorts = Map.copyOf(nominal);
    }

    @Override
    public synchronized Flow accepted(InetSocketAddress client, InetSocketAddress server) {
        TcpFlow tcp = newFlow(client, server);
        if (tcp == null) {
            return Flow.NONE;
        }
        tcp.accept(now());
        TappedFlow flow = new TappedFlow(tcp);
        open.add(flow);
        return flow;
    }

    @Override
    public synchronized void refused(InetSocketAddress client, InetSocketAddress server) {
        TcpFlow tcp = newFlow(client, server);
        if (tcp != null) {
            tcp.refuse(now());
        }
    }

    private TcpFlow newFlow(InetSocketAddress client, InetSocketAddress server) {
        if (closed || !(client.getAddress() instanceof Inet4Address c)
                || !(server.getAddress() instanceof Inet4Address s)) {
            skipped++;
            return null;
        }
        int clientIp = ipv4(c);
        ClientHost host = hosts.computeIfAbsent(clientIp, ip -> new ClientHost());
        return new TcpFlow(++flows, host, pending, clientIp, ipv4(s), serverPorts.getOrDefault(server, server.getPort()));
    }

    private static int ipv4(Inet4Address address) {
        byte[] b = address.getAddress();
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    private long now() {
        return plantNanos.getAsLong();
    }

    private synchronized List<Segment> takeBefore(long before) {
        return pending.takeBefore(before);
    }

    /**
     * Ends the capture: open connections are closed by the server (FIN) at the current plant time,
     * every segment is written and the file closed. Call once the simulation has stopped.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            writer.stop();
            for (TappedFlow flow : new ArrayList<>(open)) {
                flow.closedByServer();
            }
            closed = true;
        }
        writer.finish();
    }

    /**
     * An endpoint's handle on one flow: tells its {@link TcpFlow} under the capture's lock at the
     * current plant time; what comes after the flow's end is ignored, as {@link Flow} promises.
     */
    private final class TappedFlow implements Flow {
        private final TcpFlow tcp;

        TappedFlow(TcpFlow tcp) {
            this.tcp = tcp;
        }

        @Override
        public void fromClient(byte[] data, int offset, int length) {
            synchronized (TrafficCapture.this) {
                if (!tcp.closed() && length > 0) {
                    tcp.fromClient(now(), data, offset, length);
                }
            }
        }

        @Override
        public void fromServer(byte[] data, int offset, int length) {
            synchronized (TrafficCapture.this) {
                if (!tcp.closed() && length > 0) {
                    tcp.fromServer(now(), data, offset, length);
                }
            }
        }

        @Override
        public void closedByClient() {
            end(tcp::closedByClient);
        }

        @Override
        public void closedByServer() {
            end(tcp::closedByServer);
        }

        @Override
        public void reset() {
            end(tcp::reset);
        }

        private void end(LongConsumer ending) {
            synchronized (TrafficCapture.this) {
                if (!tcp.closed()) {
                    ending.accept(now());
                    open.remove(this);
                }
            }
        }
    }
}
