package org.icsdrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.icsdrill.plants.site.SiteCouplings;
import org.icsdrill.scenario.site.Conduit;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.Zone;

/** A site as {@code icsdrill site} prints it: aligned tables for people, JSON for tools. */
final class SiteFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();

    private SiteFormat() {
    }

    /** Three tables: zones, hosts and conduits, each in file order; then the plants' couplings. */
    static String table(Site site) {
        List<String[]> zones = new ArrayList<>();
        zones.add(new String[] {"ZONE", "LEVEL", "SL-T", "CIDR"});
        for (Zone z : site.zones()) {
            zones.add(new String[] {z.name(), level(z.level()), String.valueOf(z.securityLevelTarget()), z.cidr()});
        }
        List<String[]> hosts = new ArrayList<>();
        hosts.add(new String[] {"HOST", "ROLE", "ZONE", "ADDRESS", "SERVICES"});
        for (Host h : site.hosts()) {
            hosts.add(new String[] {h.name(), h.role(), h.zone(), h.address(), services(h.services())});
        }
        List<String[]> conduits = new ArrayList<>();
        conduits.add(new String[] {"CONDUIT", "FROM → TO", "SERVICES", "FIREWALL"});
        for (Conduit c : site.conduits()) {
            conduits.add(new String[] {c.name(), c.from() + " → " + c.to(), services(c.services()), c.firewall()});
        }
        String text = "site " + site.name() + (site.description().isBlank() ? "" : ": " + site.description()) + NL
                + NL + columns(zones) + NL + columns(hosts) + NL;
        return text + (site.conduits().isEmpty() ? "no conduits: every host reaches every other in its zone" + NL
                : columns(conduits)) + NL + CouplingFormat.table(SiteCouplings.standard());
    }

    /** {@code {"zones":[...],"hosts":[...],"conduits":[...]}}, pretty-printed. */
    static String json(Site site) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode zones = root.putArray("zones");
        for (Zone z : site.zones()) {
            ObjectNode zone = zones.addObject().put("name", z.name());
            if (z.level() == Math.rint(z.level())) {
                zone.put("level", (int) z.level());
            } else {
                zone.put("level", z.level());
            }
            zone.put("security_level_target", z.securityLevelTarget()).put("cidr", z.cidr())
                    .put("description", z.description());
        }
        ArrayNode hosts = root.putArray("hosts");
        for (Host h : site.hosts()) {
            ObjectNode host = hosts.addObject().put("name", h.name()).put("role", h.role()).put("zone", h.zone())
                    .put("address", h.address());
            h.plant().ifPresent(p -> host.put("plant", p));
            services(host.putArray("services"), h.services());
            ArrayNode accounts = host.putArray("accounts");
            h.accounts().forEach(a -> accounts.addObject().put("name", a.name()).put("kind", a.kind()));
        }
        ArrayNode conduits = root.putArray("conduits");
        for (Conduit c : site.conduits()) {
            ObjectNode conduit = conduits.addObject().put("name", c.name()).put("from", c.from()).put("to", c.to())
                    .put("direction", c.direction()).put("firewall", c.firewall());
            services(conduit.putArray("services"), c.services());
            conduit.put("description", c.description());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + NL;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a site as JSON", e);
        }
    }

    private static void services(ArrayNode array, List<Service> services) {
        services.forEach(s -> array.addObject().put("protocol", s.protocol()).put("port", s.port()));
    }

    private static String services(List<Service> services) {
        return services.isEmpty() ? "-" : services.stream().map(Service::toString).collect(Collectors.joining(", "));
    }

    /** 3 for a whole level, 3.5 for a DMZ. */
    static String level(double level) {
        return level == Math.rint(level) ? String.valueOf((int) level) : String.valueOf(level);
    }

    /** Left-aligned columns two spaces apart, the last one unpadded so no line ends in blanks. */
    static String columns(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(row[i]);
                if (i < row.length - 1) {
                    text.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            text.append(NL);
        }
        return text.toString();
    }
}
