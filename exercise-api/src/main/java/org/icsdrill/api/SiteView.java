package org.icsdrill.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run's site network as a console draws it ({@code Exercise.Site}, docs/site.md): the zones at their
 * Purdue levels, the hosts with their state and accounts, the conduits with what they let through and
 * what was refused between each pair of zones. {@link #NONE} for a run without a site.
 *
 * @param flows connections between zones since the start, allowed and denied, per pair of zones that had any
 */
public record SiteView(String name, List<Zone> zones, List<Host> hosts, List<Conduit> conduits, List<ZoneFlow> flows) {

    public static final SiteView NONE = new SiteView("", List.of(), List.of(), List.of(), List.of());

    public SiteView {
        Objects.requireNonNull(name, "name");
        zones = zones == null ? List.of() : List.copyOf(zones);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        conduits = conduits == null ? List.of() : List.copyOf(conduits);
        flows = flows == null ? List.of() : List.copyOf(flows);
    }

    /** A zone: Purdue level (3.5 for a DMZ), IEC 62443 target security level, loopback network. */
    public record Zone(String name, double level, int securityLevelTarget, String cidr) {
    }

    /** A host at its address in a zone, its state and its accounts. */
    public record Host(String name, String role, String zone, String address, HostState state, List<Account> accounts) {
        public Host {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    /**
     * An account on a host; a domain or supplier account present on several hosts is disabled or reset on all.
     *
     * @param credentialResets how often its password was reset during the run (a stolen one stops working)
     */
    public record Account(String name, String kind, boolean enabled, int credentialResets) {
    }

    /** A conduit, its allowed services ({@code rdp/3389}) and those closed now ({@code closed} all of them when the conduit is). */
    public record Conduit(String name, String from, String to, String firewall, List<String> services,
                          List<String> closed) {
        public Conduit {
            services = services == null ? List.of() : List.copyOf(services);
            closed = closed == null ? List.of() : List.copyOf(closed);
        }
    }

    /** Connections opened from a host of {@code from} to one of {@code to}: allowed and denied so far. */
    public record ZoneFlow(String from, String to, long allowed, long denied) {
    }

    /** Whether this run has a site at all. */
    public boolean exists() {
        return !zones.isEmpty();
    }

    /** The zone whose network holds this dotted-quad address. */
    public Optional<Zone> zoneOf(String address) {
        return zones.stream()
                .filter(z -> Cidr.parse(z.cidr()).map(c -> c.contains(address)).orElse(false)).findFirst();
    }

    public Optional<Host> host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
