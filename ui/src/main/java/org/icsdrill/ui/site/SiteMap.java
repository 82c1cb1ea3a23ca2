package org.icsdrill.ui.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsdrill.api.SiteView;

/**
 * The zone map as it is drawn: a row of zones per Purdue level, the highest (the Internet) on top, and
 * the links between zones, each in the band just above the lower of its two rows (a conduit from the
 * Internet to the DMZ is drawn above the DMZ, passing the enterprise row). A link is a conduit with
 * the connections counted between its zones, or a pair of zones that no conduit joins and that had
 * connections anyway: all denied, by default.
 */
public record SiteMap(List<Row> rows, List<Link> links) {

    public static final SiteMap EMPTY = new SiteMap(List.of(), List.of());

    /** The zones at one Purdue level, in the order the site declares them. */
    public record Row(double level, List<Zone> zones) {
    }

    /** A zone and its hosts, in the order the site declares them. */
    public record Zone(String name, double level, int securityLevelTarget, String cidr, List<SiteView.Host> hosts) {
    }

    /**
     * Connections from {@code from} to {@code to}: through a conduit ({@code conduit} empty when none
     * joins them), allowed and denied so far.
     *
     * @param band      the band the link is drawn in: band {@code i} lies under row {@code i}
     * @param direction which way the connections go on the map
     */
    public record Link(String conduit, String from, String to, String firewall, List<Service> services,
                       long allowed, long denied, int band, Direction direction) {

        /** Whether the name says no more than the route: {@code enterprise-dmz} from enterprise to dmz. */
        public boolean namedByRoute() {
            return conduit.equals(from + "-" + to);
        }

        /** Every service closed: the whole conduit is. */
        public boolean closed() {
            return !services.isEmpty() && services.stream().allMatch(Service::closed);
        }

        public boolean hasConduit() {
            return !conduit.isEmpty();
        }
    }

    /** A service a conduit allows, {@code rdp/3389}, and whether a response closed it. */
    public record Service(String name, boolean closed) {
    }

    /** Down the Purdue levels, up them, or across one level. */
    public enum Direction { DOWN, UP, ACROSS }

    public static SiteMap of(SiteView site) {
        List<Double> levels = site.zones().stream().map(SiteView.Zone::level).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        List<Row> rows = levels.stream().map(level -> new Row(level, site.zones().stream()
                .filter(z -> z.level() == level).map(z -> zone(site, z)).toList())).toList();
        List<Link> links = new ArrayList<>();
        Set<List<String>> counted = new HashSet<>();
        for (SiteView.Conduit c : site.conduits()) {
            // the flows are counted per pair of zones: a second conduit between the same two shows none
            boolean first = counted.add(List.of(c.from(), c.to()));
            SiteView.ZoneFlow flow = first ? flow(site, c.from(), c.to()) : new SiteView.ZoneFlow(c.from(), c.to(), 0, 0);
            links.add(link(levels, site, c.name(), c.from(), c.to(), c.firewall(),
                    c.services().stream().map(s -> new Service(s, c.closed().contains(s))).toList(), flow));
        }
        site.flows().stream().filter(f -> !counted.contains(List.of(f.from(), f.to())))
                .forEach(f -> links.add(link(levels, site, "", f.from(), f.to(), "", List.of(), f)));
        return new SiteMap(rows, links);
    }

    /** The conduits drawn in band {@code i}, under row {@code i}. */
    public List<Link> band(int i) {
        return links.stream().filter(l -> l.hasConduit() && l.band() == i).toList();
    }

    /** The pairs of zones no conduit joins that had connections anyway (denied by default). */
    public List<Link> withoutConduit() {
        return links.stream().filter(l -> !l.hasConduit()).toList();
    }

    /** The names of the zones, hosts and links: when they are the same, a map is redrawn in place. */
    public List<String> layout() {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> r.zones().forEach(z -> {
            names.add(z.name());
            z.hosts().forEach(h -> names.add(h.name()));
        }));
        links.forEach(l -> names.add(l.conduit() + " " + l.from() + ">" + l.to() + "@" + l.band()));
        return names;
    }

    /** A Purdue level as the site writes it: 3.5 for the DMZ, 4 rather than 4.0 for the others. */
    public static String levelText(double level) {
        return level == Math.rint(level) ? String.valueOf((long) level) : String.valueOf(level);
    }

    private static Zone zone(SiteView site, SiteView.Zone z) {
        return new Zone(z.name(), z.level(), z.securityLevelTarget(), z.cidr(),
                site.hosts().stream().filter(h -> h.zone().equals(z.name())).toList());
    }

    private static SiteView.ZoneFlow flow(SiteView site, String from, String to) {
        return site.flows().stream().filter(f -> f.from().equals(from) && f.to().equals(to)).findFirst()
                .orElse(new SiteView.ZoneFlow(from, to, 0, 0));
    }

    private static Link link(List<Double> levels, SiteView site, String conduit, String from, String to,
                             String firewall, List<Service> services, SiteView.ZoneFlow flow) {
        int fromRow = row(levels, site, from);
        int toRow = row(levels, site, to);
        Direction direction = fromRow < toRow ? Direction.DOWN : fromRow > toRow ? Direction.UP : Direction.ACROSS;
        int band = direction == Direction.ACROSS ? fromRow : Math.max(fromRow, toRow) - 1;
        return new Link(conduit, from, to, firewall, services, flow.allowed(), flow.denied(), band, direction);
    }

    /** The row of a zone; a zone the site does not declare (a flow from outside) counts as the top row. */
    private static int row(List<Double> levels, SiteView site, String zone) {
        return site.zones().stream().filter(z -> z.name().equals(zone)).findFirst()
                .map(z -> levels.indexOf(z.level())).orElse(0);
    }
}
