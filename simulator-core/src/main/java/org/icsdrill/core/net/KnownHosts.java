package org.icsdrill.core.net;

import java.util.List;
import java.util.Set;

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
        return !known.isEmpty() && !known.contains(hostOf(source));
    }

    /** The address of {@code 127.0.0.66:50122} (or of an IPv6 {@code [::1]:50122}). */
    public static String hostOf(String source) {
        if (source.startsWith("[")) {
            int end = source.indexOf(']');
            return end > 0 ? source.substring(1, end) : source;
        }
        int colon = source.lastIndexOf(':');
        return colon > 0 && source.indexOf(':') == colon ? source.substring(0, colon) : source;
    }
}
