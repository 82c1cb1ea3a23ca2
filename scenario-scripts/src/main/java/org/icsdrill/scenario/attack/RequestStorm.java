package org.icsdrill.scenario.attack;

import com.ghgande.j2mod.modbus.ModbusException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.modbus.RegisterTable;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads holding registers from the attacker as fast as the server answers, or at {@code rate}
 * requests per second, over one connection, reconnecting when the server drops it. The load lands
 * on the endpoint's connection thread, the write queue and the journal.
 */
final class RequestStorm extends TrafficThread {

    private static final Logger LOG = LoggerFactory.getLogger(RequestStorm.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final long RECONNECT_MILLIS = 200;
    /** Modbus allows 125 registers in one read (Application Protocol v1.1b3, 6.3). */
    private static final int MAX_REGISTERS = 125;

    private final String id;
    private final InetAddress from;
    private final InetSocketAddress server;
    private final int count;
    private final long intervalNanos;
    private final AtomicLong requests = new AtomicLong();
    private ModbusHostClient client;

    RequestStorm(String id, InetAddress from, InetSocketAddress server, RegisterMap registers,
                 Optional<Double> rate) {
        super("dos-storm-" + id);
        this.id = id;
        this.from = from;
        this.server = server;
        this.count = Math.max(1, Math.min(MAX_REGISTERS, registers.size(RegisterTable.HOLDING_REGISTER)));
        this.intervalNanos = rate.map(r -> (long) (1e9 / r)).orElse(0L);
    }

    /** Requests sent so far, answered or not. */
    long requests() {
        return requests.get();
    }

    @Override
    void run() {
        long next = System.nanoTime();
        while (running()) {
            if (intervalNanos > 0) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                next += intervalNanos;
            }
            try {
                if (client == null) {
                    client = ModbusHostClient.connect(from, server, TIMEOUT);
                }
                requests.incrementAndGet();
                client.readHoldingRegisters(0, count);
            } catch (IOException | ModbusException e) {
                LOG.debug("{}: request storm interrupted: {}", id, e.toString());
                cleanUp();
                if (!pause(RECONNECT_MILLIS)) {
                    return;
                }
                next = System.nanoTime();
            }
        }
    }

    @Override
    void cleanUp() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
