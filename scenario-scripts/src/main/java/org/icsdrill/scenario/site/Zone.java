package org.icsdrill.scenario.site;

import java.util.Objects;
import org.icsdrill.api.Cidr;

/**
 * A zone of IEC 62443-3-2: a group of hosts with one security requirement, at its Purdue level
 * (0 process .. 5 Internet; 3.5 for the DMZ between enterprise and operations), with its target
 * security level (SL-T 1..4) and a loopback network its hosts' addresses come from.
 *
 * @param cidr inside 127.0.0.0/8, e.g. {@code 127.0.40.0/24}
 */
public record Zone(String name, double level, int securityLevelTarget, String cidr, String description) {

    public Zone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(description, "description");
    }

    /** The zone's network; throws when {@link #cidr} is not an IPv4 CIDR (the loader never makes such a zone). */
    public Cidr network() {
        return Cidr.parse(cidr).orElseThrow(() -> new IllegalStateException(
                "zone " + name + " has no IPv4 network: '" + cidr + "'"));
    }

    /** The address (a dotted-quad literal) is in this zone's network; false for anything else. */
    public boolean contains(String address) {
        return network().contains(address);
    }
}
