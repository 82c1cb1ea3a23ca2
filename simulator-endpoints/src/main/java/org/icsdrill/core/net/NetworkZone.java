package org.icsdrill.core.net;

import java.util.Objects;
import org.icsdrill.api.Cidr;

/**
 * A zone of the site (IEC 62443-3-2) as the firewall sees it: a name and its loopback block. Linux
 * routes all of 127.0.0.0/8 to {@code lo}, so each zone's hosts can have their own source addresses
 * without root.
 *
 * @param network the zone's IPv4 block, parsed once: every connection asks it
 */
public record NetworkZone(String name, Cidr network) {

    public NetworkZone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
    }

    /** The zone with its block written {@code a.b.c.d/n}, such as {@code 127.0.40.0/24}. */
    public NetworkZone(String name, String cidr) {
        this(name, Cidr.parse(cidr).orElseThrow(() -> new IllegalArgumentException(
                "not a CIDR block (a.b.c.d/n): " + cidr)));
    }

    /** Whether {@code address} (dotted IPv4) lies in the zone's block; an IPv6 or malformed one lies in none. */
    public boolean contains(String address) {
        return network.contains(address);
    }
}
