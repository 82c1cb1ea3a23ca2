package org.icsdrill.core.modbus;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
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
 */
public final class ModbusTcpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusTcpServer.class);
    private static final int MBAP_LENGTH = 7;
    /** The MBAP length field counts the unit id and a PDU of at most 253 bytes. */
    private static final int MAX_MBAP_LENGTH = 254;

    private final PlantRuntime plant;
    private final ModbusServerConfig config;
    private final TransactionJournal journal;
    private final SourcePolicy policy;
    private final ModbusRequestHandler handler;
    private final ServerSocket serverSocket;
    private final ConnectionSlots slots;
    private final Map<Socket, Connection> open = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong closedByServer = new AtomicLong();
    private final Thread acceptor;
    private final Thread reaper;
    private final SourcePolicy.Listener cutter = new Cutter();
    private volatile boolean closed;
    private volatile NetworkTap tap = NetworkTap.NONE;

    private ModbusTcpServer(PlantRuntime plant, RegisterMap map, DeviceIdentification identity,
                            ModbusServerConfig config, TransactionJournal journal, SourcePolicy policy)
            throws IOException {
        this.plant = plant;
        this.config = config;
        this.slots = new ConnectionSlots(config.maxConnections(), config.maxConnectionsPerSource());
        this.journal = journal;
        this.policy = policy;
        this.handler = new ModbusRequestHandler(new PlantRegisterImage(plant, map), identity);
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(config.bindAddress(), config.port()), 128);
        this.acceptor = new Thread(this::acceptLoop, "modbus-" + plant.id() + "-accept");
        acceptor.setDaemon(true);
        this.reaper = new Thread(this::reapLoop, "modbus-" + plant.id() + "-reaper");
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
            closeQuietly(socket);
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
        String refusal = !config.allows(address) ? "source not in the allow-list"
                : policy.isIsolated(host) ? "host isolated"
                : policy.isLinkDown(plant.id()) ? "link down"
                : !slots.take(host) ? "connection limit reached" : null;
        if (refusal != null) {
            refused.incrementAndGet();
            journalConnection(host + ":" + socket.getPort(), "connect", "refused: " + refusal);
            tap.refused((InetSocketAddress) socket.getRemoteSocketAddress(),
                    (InetSocketAddress) socket.getLocalSocketAddress());
            closeQuietly(socket);
            return;
        }
        Connection connection = new Connection(socket);
        connection.flow = tap.accepted((InetSocketAddress) socket.getRemoteSocketAddress(),
                (InetSocketAddress) socket.getLocalSocketAddress());
        open.put(socket, connection);
        try {
            Thread thread = new Thread(() -> serve(connection), "modbus-" + plant.id() + "-" + connection.source);
            thread.setDaemon(true);
            thread.start();
        } catch (OutOfMemoryError | RuntimeException e) { // no thread for it: give the slot back
            LOG.warn("Modbus server of {} could not start a connection thread", plant.id(), e);
            open.remove(socket);
            slots.release(host);
            refused.incrementAndGet();
            closeQuietly(socket);
        }
    }

    private void journalConnection(String source, String function, String result) {
        journal.record(new Transaction(plant.view().plantTimeSeconds(), Instant.now(), plant.id(), source, "modbus",
                function, "", "", result));
    }

    /** Cuts open connections when the network path changes, and journals each cut. */
    private final class Cutter implements SourcePolicy.Listener {
        @Override
        public void isolated(String host) {
            cut(c -> c.host.equals(host), "dropped: host isolated");
        }

        @Override
        public void linkDown(String plantId) {
            if (plantId.equals(plant.id())) {
                cut(c -> true, "dropped: link down");
            }
        }

        private void cut(java.util.function.Predicate<Connection> which, String why) {
            for (Connection connection : open.values()) {
                if (which.test(connection) && !connection.socket.isClosed()) {
                    connection.closedByServer = true;
                    journalConnection(connection.source, "disconnect", why);
                    connection.flow.reset();
                    closeQuietly(connection.socket);
                }
            }
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

    /**
     * Closes connections stuck writing an answer longer than the idle timeout: a socket read timeout
     * does not cover a client that sends requests and never reads the answers.
     */
    private void reapLoop() {
        long period = Math.max(10, Math.min(1_000, config.idleTimeout().toMillis() / 4));
        while (!closed) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Connection connection : open.values()) {
                long since = connection.writingSince;
                if (since != 0 && now - since > config.idleTimeout().toNanos()) {
                    LOG.debug("Modbus connection {} has not read its answer for {}; closing", connection.source,
                            config.idleTimeout());
                    connection.closedByServer = true;
                    connection.flow.closedByServer();
                    closeQuietly(connection.socket);
                }
            }
        }
    }

    private void serve(Connection connection) {
        Socket socket = connection.socket;
        String source = connection.source;
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) config.idleTimeout().toMillis());
            if (connection.run()) {
                connection.closedByServer = true;
            }
        } catch (SocketTimeoutException e) {
            connection.closedByServer = true;
            connection.flow.closedByServer();
            LOG.debug("Modbus connection {} idle for {}; closed", source, config.idleTimeout());
        } catch (EOFException | SocketException e) {
            LOG.debug("Modbus connection {} ended: {}", source, e.toString());
        } catch (IOException e) {
            LOG.debug("Modbus connection {} failed", source, e);
        } finally {
            if (connection.closedByServer && !closed) {
                closedByServer.incrementAndGet();
            }
            if (!connection.closedByServer && !closed) {
                connection.flow.closedByClient(); // ended by the client (a reset, or a FIN inside a frame)
            }
            open.remove(socket);
            slots.release(connection.host);
            policy.forget(source);
        }
    }

    /** One client's session: read a frame, judge it, serve it, answer. */
    private final class Connection {
        private final Socket socket;
        private final String host;
        private final String source;
        private final InetAddress address;
        private final byte[] request = new byte[MBAP_LENGTH + MAX_MBAP_LENGTH];
        private final byte[] response = new byte[MBAP_LENGTH + 256];
        private final RequestLog log = new RequestLog();
        /** System.nanoTime() when an answer's write began, 0 when not writing; read by the reaper. */
        volatile long writingSince;
        volatile boolean closedByServer;
        /** The capture's view of this connection; set before its thread starts. */
        volatile NetworkTap.Flow flow = NetworkTap.Flow.NONE;

        Connection(Socket socket) {
            this.socket = socket;
            this.address = socket.getInetAddress();
            this.host = address.getHostAddress();
            this.source = host + ":" + socket.getPort();
        }

        /** Serves requests until the client leaves (false) or the server closes the connection (true). */
        boolean run() throws IOException {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 4096);
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                // the idle timeout bounds the whole request, not each read: a client trickling one byte
                // at a time (slowloris) must not hold its slot for ever
                long deadline = System.nanoTime() + config.idleTimeout().toNanos();
                if (!FrameReader.readFully(socket, deadline, in, request, 0, MBAP_LENGTH, true)) {
                    flow.closedByClient(); // told before the socket closes: a client waiting for our FIN finds it captured
                    return false;
                }
                int protocol = ModbusRequestHandler.u16(request, 2);
                int length = ModbusRequestHandler.u16(request, 4);
                if (protocol != 0 || length < 2 || length > MAX_MBAP_LENGTH) {
                    LOG.debug("malformed MBAP header from {} (protocol {}, length {}); closing", source, protocol,
                            length);
                    flow.fromClient(request, 0, MBAP_LENGTH);
                    flow.closedByServer();
                    return true;
                }
                FrameReader.readFully(socket, deadline, in, request, MBAP_LENGTH, length - 1, false);
                if (flow == NetworkTap.Flow.NONE && tap != NetworkTap.NONE) {
                    // a capture started while this connection was open: it joins with a handshake of its own
                    flow = tap.accepted((InetSocketAddress) socket.getRemoteSocketAddress(),
                            (InetSocketAddress) socket.getLocalSocketAddress());
                }
                flow.fromClient(request, 0, MBAP_LENGTH + length - 1);
                int responseLength = serveOne(length - 1);
                if (responseLength == ModbusRequestHandler.MALFORMED) {
                    LOG.debug("malformed PDU from {}; closing", source);
                    flow.closedByServer();
                    return true;
                }
                if (responseLength > 0) {
                    System.arraycopy(request, 0, response, 0, 4);
                    response[4] = (byte) ((responseLength + 1) >>> 8);
                    response[5] = (byte) (responseLength + 1);
                    response[6] = request[6];
                    flow.fromServer(response, 0, MBAP_LENGTH + responseLength);
                    writingSince = Math.max(1, System.nanoTime());
                    out.write(response, 0, MBAP_LENGTH + responseLength);
                    writingSince = 0;
                }
            }
            return true;
        }

        /** Returns the response PDU length, 0 to send nothing, or MALFORMED. */
        private int serveOne(int pduLength) throws IOException {
            int function = request[MBAP_LENGTH] & 0xFF;
            boolean write = isWrite(function);
            SourcePolicy.Verdict verdict = policy.judge(host, write);
            if (verdict == SourcePolicy.Verdict.REFUSE || policy.isLinkDown(plant.id())) {
                closedByServer = true;
                flow.reset();
                throw new EOFException("source isolated or link down");
            }
            log.reset();
            int unit = request[6] & 0xFF;
            int length;
            if (unit != 1 && unit != 0 && unit != 255) {
                log.function = ModbusRequestHandler.functionName(function);
                log.address = "unit " + unit;
                length = ModbusRequestHandler.exception(function, ExceptionCode.GATEWAY_TARGET_FAILED, response,
                        MBAP_LENGTH, log);
            } else {
                length = handler.handle(request, MBAP_LENGTH, pduLength, response, MBAP_LENGTH, log, source,
                        verdict == SourcePolicy.Verdict.DROP_WRITE);
            }
            if (length == ModbusRequestHandler.MALFORMED) {
                log.result = "malformed, connection closed";
            } else if (verdict == SourcePolicy.Verdict.DROP_WRITE && log.write) {
                log.result = log.result + " (dropped on the network path)";
            } else if (verdict == SourcePolicy.Verdict.WITHHOLD_RESPONSE && length > 0) {
                log.result = log.result + " (answer withheld on the network path)";
            }
            journal.record(new Transaction(plant.view().plantTimeSeconds(), Instant.now(), plant.id(), source,
                    "modbus", log.function, log.address, log.values.toString(), log.result));
            if (length > 0 && verdict == SourcePolicy.Verdict.WITHHOLD_RESPONSE) {
                policy.withheld(source); // a simulated host waits for this, so the request is served in its tick
                return 0;
            }
            return length;
        }
    }

    private static boolean isWrite(int function) {
        return function == 0x05 || function == 0x06 || function == 0x0F || function == 0x10 || function == 0x17;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing a socket", e);
        }
    }
}
