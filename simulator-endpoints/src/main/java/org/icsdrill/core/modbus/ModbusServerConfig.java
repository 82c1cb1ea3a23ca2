package org.icsdrill.core.modbus;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how a plant's Modbus/TCP server listens, and whom it lets in.
 *
 * @param port                    0 picks a free port
 * @param maxConnections          connections beyond this are closed at once, so idle ones cannot starve real clients
 * @param maxConnectionsPerSource connections from one source address beyond this are closed at once, so one host
 *                                (a flood from the attacker) cannot take every slot from the SCADA poller
 * @param idleTimeout             a connection silent this long (no complete request, or an answer the client does
 *                                not read) is closed
 * @param allowedSources          source addresses (as {@link InetAddress#getHostAddress()}) let in; empty lets
 *                                everyone in, as most real plants do, so a drill's attacks work by default. A
 *                                source not in a non-empty list is closed at accept time and journaled.
 */
public record ModbusServerConfig(InetAddress bindAddress, int port, int maxConnections, int maxConnectionsPerSource,
                                 Duration idleTimeout, Set<String> allowedSources) {

    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_SOURCE = 16;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(2);

    public ModbusServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        allowedSources = Set.copyOf(Objects.requireNonNull(allowedSources, "allowedSources"));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
        if (maxConnectionsPerSource < 1) {
            throw new IllegalArgumentException("maxConnectionsPerSource must be at least 1");
        }
        // a socket read timeout of 0 would mean "never": refuse it rather than silently disable the timeout
        if (idleTimeout.toMillis() < 1 || idleTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("idleTimeout must be 1 ms to about 24 days, got " + idleTimeout);
        }
    }

    /** The total cap and idle timeout given; the per-source cap is the default (or the total, if smaller), all sources allowed. */
    public ModbusServerConfig(InetAddress bindAddress, int port, int maxConnections, Duration idleTimeout) {
        this(bindAddress, port, maxConnections, Math.min(DEFAULT_MAX_CONNECTIONS_PER_SOURCE, Math.max(1, maxConnections)),
                idleTimeout, Set.of());
    }

    public static ModbusServerConfig loopback(int port) {
        return new ModbusServerConfig(InetAddress.getLoopbackAddress(), port, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_CONNECTIONS_PER_SOURCE, DEFAULT_IDLE_TIMEOUT, Set.of());
    }

    public ModbusServerConfig withBindAddress(InetAddress value) {
        return new ModbusServerConfig(value, port, maxConnections, maxConnectionsPerSource, idleTimeout,
                allowedSources);
    }

    public ModbusServerConfig withPort(int value) {
        return new ModbusServerConfig(bindAddress, value, maxConnections, maxConnectionsPerSource, idleTimeout,
                allowedSources);
    }

    public ModbusServerConfig withLimits(int total, int perSource) {
        return new ModbusServerConfig(bindAddress, port, total, perSource, idleTimeout, allowedSources);
    }

    public ModbusServerConfig withIdleTimeout(Duration value) {
        return new ModbusServerConfig(bindAddress, port, maxConnections, maxConnectionsPerSource, value,
                allowedSources);
    }

    /** Only these sources are let in; an empty set lets everyone in. */
    public ModbusServerConfig withAllowedSources(Set<String> value) {
        return new ModbusServerConfig(bindAddress, port, maxConnections, maxConnectionsPerSource, idleTimeout, value);
    }

    /** Whether a source address may connect at all. */
    public boolean allows(InetAddress source) {
        return allowedSources.isEmpty() || allowedSources.contains(source.getHostAddress());
    }
}
