package org.icsdrill.core.net;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsdrill.api.SourceAddress;

/**
 * The addresses that belong on the plant network (the SCADA server, the engineering workstation, the
 * operator consoles); traffic from any other source, 127.0.0.1 included, is flagged as unknown, as an
 * asset inventory in an ICS monitoring tool would. Empty means no inventory: nothing is flagged.
 * Thread-safe; replaced whole when a scenario names other hosts.
 */
public final class KnownHosts {

    private volatile Set<String> addresses = Set.of();
    private volatile Map<String, Set<String>> speaks = Map.of();

    public void set(List<String> hosts) {
        this.addresses = Set.copyOf(hosts);
    }

    /**
     * Hosts that speak only some protocols, by address: the trainees' HMI station speaks OPC UA, so a
     * Modbus write from it is unusual, as an asset inventory flags a known asset's new protocol.
     */
    public void restrict(Map<String, Set<String>> protocolsByHost) {
        this.speaks = Map.copyOf(protocolsByHost);
    }

    /** Whether {@code source} is a known host speaking {@code protocol}, which is not one it speaks. */
    public boolean isUnusual(String source, String protocol) {
        Set<String> protocols = speaks.get(SourceAddress.hostOf(source));
        return protocols != null && !protocols.contains(protocol);
    }

    public List<String> all() {
        return addresses.stream().sorted().toList();
    }

    /** Whether {@code source}, an address or {@code address:port}, is unknown to the inventory. */
    public boolean isUnknown(String source) {
        Set<String> known = addresses;
        return !known.isEmpty() && !known.contains(SourceAddress.hostOf(source));
    }
}
