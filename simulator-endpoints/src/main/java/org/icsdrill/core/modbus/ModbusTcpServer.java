package org.icsdrill.core.modbus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.FirewallEvent;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plant PLC's Modbus/TCP server (Modbus Messaging on TCP/IP Implementation Guide v1.0b): one
 * thread per connection, at most {@code maxConnections} at once and {@code maxConnectionsPerSource}
 * from one address, so a flood from one host cannot lock the SCADA poller out. A source outside the
 * configured allow-list, an isolated host, or one over a cap is closed at accept time; isolating a
 * host or losing the plant's link cuts its open connections at once. A connection
 * silent for the idle timeout, or stuck that long on an answer its client does not read, is closed.
 * Frames are checked at the MBAP header; a malformed frame closes its own connection only. Unit id
 * 1 is the PLC, 0 and 255 are accepted as aliases, any other gets exception 0B. Every request
 * served is journaled, and so is every connection refused or cut by the network path. A capture
 * ({@link #capture}) is told every connection, request, answer and close, before the client can see it.
 *
 * <p>This class accepts and admits connections and keeps the open ones; a {@link ModbusSession}
 * serves each, {@link ModbusExchange} serves a request, {@link PathCutter} and
 * {@link StuckAnswerReaper} end connections from the server's side, {@link ModbusJournal} journals.
 */
public final class ModbusTcpServer implements AutoCloseable {

    /** The protocol's name in the site's conduits and the firewall's log. */
    static final String PROTOCOL = "modbus";

    private static final Logger LOG = LoggerFactory.getLogger(ModbusTcpServer.class);

    private final PlantRuntime plant;
    private final ModbusServerConfig config;
    private final SourcePolicy policy;
    private final ModbusJournal journal;
    private final SessionContext sessions;
    private final ServerSocket serverSocket;
    private final ConnectionSlots slots;
    private final Map<Socket, ModbusSession> open = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong closedByServer = new AtomicLong();
    private final Thread acceptor;
    private final Thread reaper;
    private final SourcePolicy.Listener cutter;
    private volatile boolean closed;
    private volatile NetworkTap tap = NetworkTap.NONE;

    private ModbusTcpServer(PlantRuntime plant, RegisterMap map, DeviceIdentification identity,
                            ModbusServerConfig config, TransactionJournal journal, SourcePolicy policy)
            throws IOException {
        this.plant = plant;
        this.config = config;
        this.slots = new ConnectionSlots(config.maxConnections(), config.maxConnectionsPerSource());
        this.policy = policy;
        this.journal = new ModbusJournal(plant, journal);
        ModbusRequestHandler handler = new ModbusRequestHandler(new PlantRegisterImage(plant, map), identity);
        this.sessions = new SessionContext(config.idleTimeout(),
                new ModbusExchange(plant.id(), policy, handler, this.journal), () -> tap, () -> closed);
        this.cutter = new PathCutter(plant.id(), open.values(), this.journal, policy);
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(config.bindAddress(), config.port()), 128);
        this.acceptor = new Thread(this::acceptLoop, "modbus-" + plant.id() + "-accept");
        acceptor.setDaemon(true);
        this.reaper = new Thread(new StuckAnswerReaper(open.values(), config.idleTimeout(), () -> closed),
                "modbus-" + plant.id() + "-reaper");
        reaper.setDaemon(true);
    }

    /** Starts serving a plant; the register map is generated from its tags. */
    public static ModbusTcpServer start(PlantRuntime plant, ModbusServerConfig config, TransactionJournal journal,
                                        SourcePolicy policy, String version) throws IOException {
        RegisterMap map = RegisterMap.of(plant.catalog());
        DeviceIdentification identity = DeviceIdentification.forPlant(plant.id(), plant.model().displayName(),
                version);
        ModbusTcpServer server = new ModbusTcpServer(plant, map, identity, config, journal, policy);
        policy.addListener(server.cutter);
        server.acceptor.start();
        server.reaper.start();
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public InetAddress address() {
        return serverSocket.getInetAddress();
    }

    public String plantId() {
        return plant.id();
    }

    /** Tells {@code capture} about every connection from now on; {@link NetworkTap#NONE} stops it. */
    public void capture(NetworkTap capture) {
        this.tap = capture;
    }

    /** Connections being served now. */
    public int openConnections() {
        return open.size();
    }

    /** Connections closed at accept time since start: not allowed, isolated, link down, or over a cap. */
    public long refusedConnections() {
        return refused.get();
    }

    /**
     * Served connections the server closed since start: a malformed frame, the idle timeout, an
     * isolated source; not those the client closed.
     */
    public long connectionsClosedByServer() {
        return closedByServer.get();
    }

    @Override
    public void close() {
        closed = true;
        policy.removeListener(cutter);
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.debug("closing the listening socket", e);
        }
        for (Socket socket : open.keySet()) {
            ModbusSession.closeQuietly(socket);
        }
        reaper.interrupt();
        try {
            acceptor.join(2_000);
            reaper.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // e.g. too many open files: a transient failure must not stop the PLC answering for good
                LOG.warn("Modbus server of {} failed to accept; retrying", plant.id(), e);
                pauseAfterAcceptFailure();
                continue;
            }
            admit(socket);
        }
    }

    private void admit(Socket socket) {
        InetAddress address = socket.getInetAddress();
        String host = address.getHostAddress();
        FirewallEvent passage = policy.firewall().check(host + ":" + socket.getPort(),
                socket.getLocalAddress().getHostAddress(), socket.getLocalPort(), PROTOCOL);
        String refusal = !config.allows(address) ? "source not in the allow-list"
                : !passage.allowed() ? passage.reason()
                : policy.isIsolated(host) ? "host isolated"
                : policy.isLinkDown(plant.id()) ? "link down"
                : !slots.take(host) ? "connection limit reached" : null;
        if (refusal != null) {
            refused.incrementAndGet();
            journal.connection(host + ":" + socket.getPort(), "connect", "refused: " + refusal,
                    TrafficOutcome.REFUSED);
            tap.refused((InetSocketAddress) socket.getRemoteSocketAddress(),
                    (InetSocketAddress) socket.getLocalSocketAddress());
            ModbusSession.closeQuietly(socket);
            return;
        }
        ModbusSession session = new ModbusSession(socket, sessions);
        session.joinCapture(tap);
        open.put(socket, session);
        try {
            Thread thread = new Thread(() -> serve(session), "modbus-" + plant.id() + "-" + session.source());
            thread.setDaemon(true);
            thread.start();
        } catch (OutOfMemoryError | RuntimeException e) { // no thread for it: give the slot back
            LOG.warn("Modbus server of {} could not start a connection thread", plant.id(), e);
            open.remove(socket);
            slots.release(host);
            refused.incrementAndGet();
            ModbusSession.closeQuietly(socket);
        }
    }

    private void pauseAfterAcceptFailure() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** A connection's thread: its session, then its slot and the network path's memory of it given back. */
    private void serve(ModbusSession session) {
        try {
            session.serve();
        } finally {
            if (session.closedByServer() && !closed) {
                closedByServer.incrementAndGet();
            }
            open.remove(session.socket());
            slots.release(session.host());
            policy.forget(session.source());
        }
    }
}
