package org.icsdrill.core.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.icsdrill.core.capture.NetworkTap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service the simulator does not emulate (RDP, SMB, HTTPS, a VPN, the historian's replication)
 * listening at its host's address and port (ADR 17): it accepts the connections a conduit allows and
 * reads and discards what they send, so that a flow really crosses the boundary for a sensor to see;
 * the others are refused at accept, as the endpoints refuse them, and the firewall logs both. No
 * application protocol is spoken.
 */
public final class FlowListener implements AutoCloseable, SourcePolicy.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(FlowListener.class);
    /** A silent connection is closed after this long, as a server's idle time-out would. */
    private static final int IDLE_MILLIS = 120_000;
    /** What the capture is told at a time of a flow's bytes, so that their packets do not depend on the reads. */
    private static final int CHUNK = 1 << 16;

    private final String protocol;
    private final SourcePolicy policy;
    private final ServerSocket server;
    /** The open connections, each with what the capture keeps of it. */
    private final Map<Socket, NetworkTap.Flow> open = new ConcurrentHashMap<>();
    private volatile NetworkTap tap = NetworkTap.NONE;
    private final Thread acceptor;
    /**
     * Reads the flows, a thread each while they last, kept for the next: a day of a site opens thousands of
     * short flows, and the host that opens one waits for it to be read (a new thread per flow cost more).
     */
    private final ExecutorService readers;
    private volatile boolean closed;

    private FlowListener(String protocol, SourcePolicy policy, ServerSocket server) {
        this.protocol = protocol;
        this.policy = policy;
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "flow-" + protocol + "-" + server.getLocalPort());
        acceptor.setDaemon(true);
        this.readers = Executors.newCachedThreadPool(runnable -> {
            Thread reader = new Thread(runnable, "flow-" + protocol + "-reader");
            reader.setDaemon(true);
            return reader;
        });
    }

    /** Listens on {@code host}:{@code port} (0 picks a free port) for {@code protocol}'s flows. */
    public static FlowListener start(String host, int port, String protocol, SourcePolicy policy) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getByName(host), port), 64);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        FlowListener listener = new FlowListener(protocol, policy, server);
        policy.addListener(listener);
        listener.acceptor.start();
        return listener;
    }

    public String address() {
        return server.getInetAddress().getHostAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    public String protocol() {
        return protocol;
    }

    /** Tells {@code capture} about every connection from now on, as the endpoints tell theirs. */
    public void capture(NetworkTap capture) {
        this.tap = capture;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                String source = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
                InetSocketAddress client = (InetSocketAddress) socket.getRemoteSocketAddress();
                InetSocketAddress local = (InetSocketAddress) socket.getLocalSocketAddress();
                // a quarantined host accepts nothing, as a quarantined source opens nothing
                if (!policy.firewall().check(source, address(), port(), protocol).allowed()
                        || policy.isIsolated(socket.getInetAddress().getHostAddress()) || policy.isIsolated(address())) {
                    tap.refused(client, local);
                    socket.setSoLinger(true, 0); // a reset, as a rejecting firewall answers
                    socket.close();
                    continue;
                }
                open.put(socket, tap.accepted(client, local));
                readers.execute(() -> drain(socket));
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("{} flow listener on {}:{}: {}", protocol, address(), port(), e.toString());
                }
            }
        }
    }

    /** Reads and discards until the client closes, goes silent for too long, or the listener closes. */
    private void drain(Socket socket) {
        NetworkTap.Flow flow = open.getOrDefault(socket, NetworkTap.Flow.NONE);
        // told to the capture in whole chunks, however the reads fell: the same bytes make the same
        // packets in every run of a seed (a read's size depends on the kernel's timing, not on the client)
        byte[] chunk = new byte[CHUNK];
        int held = 0;
        try (socket; InputStream in = socket.getInputStream()) {
            socket.setSoTimeout(IDLE_MILLIS);
            int n;
            while ((n = in.read(chunk, held, CHUNK - held)) >= 0) {
                held += n;
                if (held == CHUNK) {
                    flow.fromClient(chunk, 0, held); // not interpreted: this is a flow, not a protocol
                    held = 0;
                }
            }
            if (held > 0) {
                flow.fromClient(chunk, 0, held);
            }
            flow.closedByClient(); // told before the socket closes, so a client waiting for the close finds it captured
        } catch (SocketTimeoutException e) {
            if (held > 0) {
                flow.fromClient(chunk, 0, held);
            }
            flow.closedByServer();
            LOG.debug("idle {} flow closed", protocol);
        } catch (IOException e) {
            LOG.debug("{} flow ended: {}", protocol, e.toString());
        } finally {
            open.remove(socket);
        }
    }

    @Override
    public void isolated(String host) {
        cut(socket -> host.equals(address()) || socket.getInetAddress().getHostAddress().equals(host));
    }

    @Override
    public void linkDown(String plant) {
        // a plant's link: not this host's
    }

    @Override
    public void firewallTightened() {
        cut(socket -> !policy.firewall().permits(socket.getInetAddress().getHostAddress() + ":" + socket.getPort(),
                address(), port(), protocol));
    }

    private void cut(java.util.function.Predicate<Socket> which) {
        for (Map.Entry<Socket, NetworkTap.Flow> connection : open.entrySet()) {
            Socket socket = connection.getKey();
            if (which.test(socket)) {
                try {
                    connection.getValue().reset();
                    socket.setSoLinger(true, 0);
                    socket.close();
                } catch (IOException e) {
                    LOG.debug("cutting a flow", e);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        readers.shutdown();
        policy.removeListener(this);
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing a flow listener", e);
        }
        for (Socket socket : open.keySet()) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing a flow", e);
            }
        }
    }
}
