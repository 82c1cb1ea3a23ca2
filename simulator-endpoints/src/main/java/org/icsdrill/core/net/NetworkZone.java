package org.icsdrill.core.net;

import java.util.Objects;

/**
 * A zone of the site (IEC 62443-3-2) as the firewall sees it: a name and its loopback block. Linux
 * routes all of 127.0.0.0/8 to {@code lo}, so each zone's hosts can have their own source addresses
 * without root.
 *
 * @param cidr an IPv4 block such as {@code 127.0.40.0/24}
 */
public record NetworkZone(String name, String cidr) {

    public NetworkZone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cidr, "cidr");
        if (Cidr.parse(cidr).isEmpty()) {
            throw new IllegalArgumentException("not a CIDR block (a.b.c.d/n): " + cidr);
        }
    }

    /** Whether {@code address} (dotted IPv4) lies in the zone's block; an IPv6 or malformed one lies in none. */
    public boolean contains(String address) {
        return Cidr.parse(cidr).orElseThrow().contains(address);
    }
}
