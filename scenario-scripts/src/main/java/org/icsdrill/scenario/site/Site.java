package org.icsdrill.scenario.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A site network: its zones, the hosts in them and the conduits between them. Lookups by name
 * throw for an unknown one (a site from the loader has every name a host or conduit uses); lookups
 * by address are optional, because an address may belong to no zone or to no host.
 */
public record Site(String name, String description, List<Zone> zones, List<Host> hosts, List<Conduit> conduits) {

    public Site {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        zones = List.copyOf(zones);
        hosts = List.copyOf(hosts);
        conduits = List.copyOf(conduits);
    }

    /** The zone with this name; throws naming the site's zones when there is none. */
    public Zone zone(String name) {
        return zones.stream().filter(z -> z.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("site " + this.name + " has no zone '" + name + "'; zones: "
                        + String.join(", ", zones.stream().map(Zone::name).toList())));
    }

    /** The host with this name; throws naming the site's hosts when there is none. */
    public Host host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("site " + this.name + " has no host '" + name + "'; hosts: "
                        + String.join(", ", hosts.stream().map(Host::name).toList())));
    }

    /** The zone whose network holds this address (zones never overlap), if any. */
    public Optional<Zone> zoneOf(String address) {
        return zones.stream().filter(z -> z.contains(address)).findFirst();
    }

    /** The host at this address, if any. */
    public Optional<Host> hostAt(String address) {
        return hosts.stream().filter(h -> h.address().equals(address)).findFirst();
    }
}
