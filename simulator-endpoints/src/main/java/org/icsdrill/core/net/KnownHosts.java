package org.icsdrill.core.net;

import java.util.List;
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

    public void set(List<String> hosts) {
        this.addresses = Set.copyOf(hosts);
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
