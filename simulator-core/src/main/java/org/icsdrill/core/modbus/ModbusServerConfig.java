package org.icsdrill.core.modbus;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how a plant's Modbus/TCP server listens.
 *
 * @param port           0 picks a free port
 * @param maxConnections connections beyond this are closed at once, so idle ones cannot starve real clients
 * @param idleTimeout    a connection silent this long is closed
 */
public record ModbusServerConfig(InetAddress bindAddress, int port, int maxConnections, Duration idleTimeout) {

    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(2);

    public ModbusServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
    }

    public static ModbusServerConfig loopback(int port) {
        return new ModbusServerConfig(InetAddress.getLoopbackAddress(), port, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_IDLE_TIMEOUT);
    }

    public ModbusServerConfig withPort(int value) {
        return new ModbusServerConfig(bindAddress, value, maxConnections, idleTimeout);
    }
}
