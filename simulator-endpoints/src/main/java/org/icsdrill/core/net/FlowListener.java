package org.icsdrill.core.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    private final String protocol;
    private final SourcePolicy policy;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private FlowListener(String protocol, SourcePolicy policy, ServerSocket server) {
        this.protocol = protocol;
        this.policy = policy;
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "flow-" + protocol + "-" + server.getLocalPort());
        acceptor.setDaemon(true);
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

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                String source = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
                if (!policy.firewall().check(source, address(), port(), protocol).allowed()
                        || policy.isIsolated(socket.getInetAddress().getHostAddress())) {
                    socket.setSoLinger(true, 0); // a reset, as a rejecting firewall answers
                    socket.close();
                    continue;
                }
                open.add(socket);
                Thread reader = new Thread(() -> drain(socket), "flow-" + protocol + "-" + source);
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("{} flow listener on {}:{}: {}", protocol, address(), port(), e.toString());
                }
            }
        }
    }

    /** Reads and discards until the client closes, goes silent for too long, or the listener closes. */
    private void drain(Socket socket) {
        byte[] buffer = new byte[4096];
        try (socket; InputStream in = socket.getInputStream()) {
            socket.setSoTimeout(IDLE_MILLIS);
            while (in.read(buffer) >= 0) {
                // the bytes themselves are not interpreted: this is a flow, not a protocol
            }
        } catch (SocketTimeoutException e) {
            LOG.debug("idle {} flow closed", protocol);
        } catch (IOException e) {
            LOG.debug("{} flow ended: {}", protocol, e.toString());
        } finally {
            open.remove(socket);
        }
    }

    @Override
    public void isolated(String host) {
        cut(socket -> socket.getInetAddress().getHostAddress().equals(host));
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
        for (Socket socket : open) {
            if (which.test(socket)) {
                try {
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
        policy.removeListener(this);
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing a flow listener", e);
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing a flow", e);
            }
        }
    }
}
