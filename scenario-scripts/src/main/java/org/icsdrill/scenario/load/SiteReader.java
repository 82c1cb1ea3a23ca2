package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.icsdrill.api.Cidr;
import org.icsdrill.api.Ipv4;
import org.icsdrill.scenario.site.Conduit;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.Zone;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a composed site document: the zones first, because hosts and conduits name them; every
 * problem is reported and reading goes on, so one pass shows them all.
 */
final class SiteReader {

    private static final List<String> KEYS = List.of("name", "description", "zones", "hosts", "conduits");
    private static final List<String> ZONE_KEYS = List.of("name", "level", "security_level_target", "cidr",
            "description");
    /** Names of sites, zones, hosts and conduits: they appear in logs, file names and the command line. */
    static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private final Diagnostics diagnostics;
    private final Values values;
    private final UniqueNames zoneNames;
    /** The zones that were read whole, by name: hosts are checked against their networks. */
    private final Map<String, Zone> zones = new LinkedHashMap<>();
    /** Every valid network so far, for the overlap check. */
    private final List<Network> networks = new ArrayList<>();

    /** A zone's network where the file gives it; {@code zone} is null when the zone's name was wrong. */
    private record Network(Cidr cidr, Node node, String zone) {
    }

    SiteReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.values = new Values(diagnostics);
        this.zoneNames = new UniqueNames("zone", diagnostics);
    }

    Optional<Site> read(Node root) {
        Optional<Mapping> mapping = Mapping.read(root, "a site with name, zones and hosts", diagnostics);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = mapping.get().allowOnly(KEYS);
        Optional<String> name = m.require("name").flatMap(n -> name(n, "site"));
        Optional<String> description = m.getOr("description", values::text, "");
        Optional<List<Zone>> zoneList = m.require("zones").flatMap(this::zones);
        Optional<List<Host>> hosts = m.require("hosts")
                .flatMap(n -> new HostReader(values, zoneNames.names(), zones).read(n));
        Optional<List<Conduit>> conduits = m.getOr("conduits",
                n -> new ConduitReader(values, zoneNames.names()).read(n), List.of());
        if (!diagnostics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Site(name.orElseThrow(), description.orElseThrow(), zoneList.orElseThrow(),
                hosts.orElseThrow(), conduits.orElseThrow()));
    }

    /** A name of lowercase letters, digits and '-'; {@code what} is "site", "zone", "host" or "conduit". */
    Optional<String> name(Node node, String what) {
        return name(values, node, what);
    }

    /**
     * A zone a host or conduit names, one of {@code zoneNames}; with no zone declared at all, that problem
     * is already reported once and each host or conduit would only repeat it.
     */
    static Optional<String> zone(Values values, Node node, Set<String> zoneNames) {
        Optional<String> zone = values.text(node);
        if (zone.isPresent() && !zoneNames.isEmpty() && !zoneNames.contains(zone.get())) {
            values.diagnostics().at(node, "unknown zone '" + zone.get() + "'" + Suggestions.hint(zone.get(), zoneNames));
            return Optional.empty();
        }
        return zone;
    }

    static Optional<String> name(Values values, Node node, String what) {
        Optional<String> name = values.text(node);
        if (name.isPresent() && !NAME.matcher(name.get()).matches()) {
            values.diagnostics().at(node, "a " + what + " name is lowercase letters, digits and '-', like"
                    + " office-pc-1; got '" + name.get() + "'");
            return Optional.empty();
        }
        return name;
    }

    private Optional<List<Zone>> zones(Node node) {
        return values.each(node, "a list of zones", this::zone).filter(zones -> {
            if (zones.isEmpty()) {
                diagnostics.at(node, "list at least one zone, like {name: operations, level: 3,"
                        + " security_level_target: 2, cidr: 127.0.0.0/24}");
            }
            return !zones.isEmpty();
        });
    }

    private Optional<Zone> zone(Node node) {
        return Mapping.read(node, "a zone with name, level, security_level_target and cidr", diagnostics)
                .flatMap(m -> {
                    m.allowOnly(ZONE_KEYS);
                    Optional<String> name = m.require("name").flatMap(n -> name(n, "zone")
                            .filter(z -> zoneNames.add(z, n)));
                    Optional<Double> level = m.require("level").flatMap(this::level);
                    Optional<Integer> target = m.require("security_level_target").flatMap(this::securityLevel);
                    Optional<Cidr> cidr = m.require("cidr").flatMap(n -> cidr(n, name.orElse(null)));
                    Optional<String> description = m.getOr("description", values::text, "");
                    if (name.isEmpty() || level.isEmpty() || target.isEmpty() || cidr.isEmpty()
                            || description.isEmpty()) {
                        return Optional.empty();
                    }
                    Zone zone = new Zone(name.get(), level.get(), target.get(), cidr.get().toString(),
                            description.get());
                    zones.put(zone.name(), zone);
                    return Optional.of(zone);
                });
    }

    private Optional<Double> level(Node node) {
        Optional<Double> level = values.number(node);
        if (level.isPresent() && (level.get() < 0 || level.get() > 5)) {
            diagnostics.at(node, "expected a Purdue level from 0 (process) to 5 (Internet), 3.5 for a DMZ; got "
                    + values.text(node).orElse(""));
            return Optional.empty();
        }
        return level;
    }

    private Optional<Integer> securityLevel(Node node) {
        Optional<Long> level = values.integer(node);
        if (level.isPresent() && (level.get() < 1 || level.get() > 4)) {
            diagnostics.at(node, "expected a target security level (IEC 62443 SL-T) from 1 to 4, got " + level.get());
            return Optional.empty();
        }
        return level.map(Long::intValue);
    }

    /** A network on loopback that no earlier zone's overlaps; {@code zone} may be null when its name was wrong. */
    private Optional<Cidr> cidr(Node node, String zone) {
        Optional<String> text = values.text(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Cidr> parsed = Cidr.parse(text.get().strip());
        if (parsed.isEmpty()) {
            diagnostics.at(node, "expected a CIDR like 127.0.40.0/24, got '" + text.get() + "'");
            return Optional.empty();
        }
        Cidr cidr = parsed.get();
        if (!cidr.isNetwork()) {
            diagnostics.at(node, "'" + text.get() + "' has host bits set; did you mean " + cidr.normalized() + "?");
            return Optional.empty();
        }
        if (!Ipv4.LOOPBACK.covers(cidr)) {
            diagnostics.at(node, "CIDR " + cidr + " is outside " + Ipv4.LOOPBACK
                    + ": every zone lives on the loopback network");
            return Optional.empty();
        }
        for (Network earlier : networks) {
            if (earlier.cidr().overlaps(cidr)) {
                diagnostics.at(node, "CIDR " + cidr + " overlaps " + earlier.cidr()
                        + (earlier.zone() == null ? "" : " of zone '" + earlier.zone() + "'") + " ("
                        + diagnostics.line(earlier.node()) + "): zones do not share addresses");
                return Optional.empty();
            }
        }
        networks.add(new Network(cidr, node, zone));
        return Optional.of(cidr);
    }
}
