package org.icsdrill.core.opcua;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.icsdrill.core.coupling.Coupling;

/**
 * Where and how the OPC UA endpoint listens.
 *
 * @param bindAddress   the address to listen on; {@code null} means {@value #DEFAULT_BIND_ADDRESS}, so a drill
 *                      never exposes a plant beyond the machine unless asked to
 * @param port          the TCP port; 0 picks a free one (see {@link OpcUaEndpoint#port()})
 * @param dataDirectory where users, the server certificate and the trust lists are kept between runs
 * @param hostnames     the host names written into endpoint URLs and the server certificate; {@code null} or
 *                      empty means the bind address and {@code localhost}. Given explicitly so that start-up
 *                      does not enumerate (and reverse-resolve) every network interface.
 * @param limits        sessions, subscriptions and monitored items the server grants
 * @param allowNone     whether the unsecured SecurityPolicy None endpoint is offered (on by default, as
 *                      many plant HMIs still use it; a hardened drill network switches it off)
 * @param couplings     the couplings between the plants served, published in each downstream plant's folder
 *                      for the consoles (docs/coupling.md); none by default
 */
public record OpcUaConfig(String bindAddress, int port, Path dataDirectory, List<String> hostnames,
                          boolean allowNone, OpcUaLimits limits, List<Coupling> couplings) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    /** The IANA-registered OPC UA TCP port (IEC 62541-6, 7.2). */
    public static final int DEFAULT_PORT = 4840;

    public OpcUaConfig {
        bindAddress = bindAddress == null || bindAddress.isBlank() ? DEFAULT_BIND_ADDRESS : bindAddress.trim();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Set<String> names = new LinkedHashSet<>();
        if (hostnames == null || hostnames.isEmpty()) {
            names.add(bindAddress);
            names.add("localhost");
        } else {
            hostnames.forEach(h -> names.add(Objects.requireNonNull(h, "hostname").trim()));
        }
        hostnames = List.copyOf(names);
        Objects.requireNonNull(limits, "limits");
        couplings = List.copyOf(couplings);
    }

    public OpcUaConfig(String bindAddress, int port, Path dataDirectory, List<String> hostnames, boolean allowNone,
                       OpcUaLimits limits) {
        this(bindAddress, port, dataDirectory, hostnames, allowNone, limits, List.of());
    }

    public OpcUaConfig(String bindAddress, int port, Path dataDirectory, List<String> hostnames) {
        this(bindAddress, port, dataDirectory, hostnames, true, OpcUaLimits.DEFAULT);
    }

    /** Loopback on a free port: what tests and headless vendor runs use. */
    public static OpcUaConfig loopback(Path dataDirectory) {
        return new OpcUaConfig(DEFAULT_BIND_ADDRESS, 0, dataDirectory, List.of());
    }

    public OpcUaConfig withPort(int value) {
        return new OpcUaConfig(bindAddress, value, dataDirectory, hostnames, allowNone, limits, couplings);
    }

    public OpcUaConfig withoutNone() {
        return new OpcUaConfig(bindAddress, port, dataDirectory, hostnames, false, limits, couplings);
    }

    public OpcUaConfig withLimits(OpcUaLimits value) {
        return new OpcUaConfig(bindAddress, port, dataDirectory, hostnames, allowNone, value, couplings);
    }

    /** The same, publishing the couplings between the plants to the consoles. */
    public OpcUaConfig withCouplings(List<Coupling> value) {
        return new OpcUaConfig(bindAddress, port, dataDirectory, hostnames, allowNone, limits, value);
    }
}
