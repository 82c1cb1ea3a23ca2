package org.icsdrill.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;

/**
 * Where the simulator's endpoints live on a site: each plant's Modbus server at its PLC's address and
 * port in the plant's control zone, the OPC UA server at the SCADA server's address (ADR 17).
 */
final class SitePlacement {

    private SitePlacement() {
    }

    /** The PLC host that serves {@code plant}'s endpoints; a site without one cannot run that plant. */
    static Host plc(Site site, String plant) {
        return site.hosts().stream()
                .filter(h -> h.role().equals("plc") && h.plant().map(plant::equals).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("site " + site.name() + " has no plc host for plant "
                        + plant + ": add one (role: plc, plant: " + plant + ") in the plant's control zone"));
    }

    /** The port the site declares for the PLC's Modbus service. */
    static int modbusPort(Site site, String plant) {
        Host plc = plc(site, plant);
        return plc.services().stream().filter(s -> s.protocol().equals("modbus")).mapToInt(Service::port).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("site " + site.name() + ": PLC " + plc.name()
                        + " offers no modbus service"));
    }

    /** The SCADA server, where the OPC UA endpoint listens. */
    static Host scada(Site site) {
        return site.hosts().stream().filter(h -> h.role().equals("scada")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("site " + site.name()
                        + " has no scada host for the OPC UA server: add one (role: scada) in the operations zone"));
    }

    /**
     * The hosts that speak only some protocols, by address: an HMI station speaks OPC UA to the SCADA
     * server, so anything else it sends (an mbpoll write) is flagged as unusual where a conduit lets it through.
     */
    static Map<String, Set<String>> protocolsSpoken(Site site) {
        Map<String, Set<String>> spoken = new LinkedHashMap<>();
        site.hosts().stream().filter(h -> h.role().equals("hmi")).forEach(h -> spoken.put(h.address(), Set.of("opcua")));
        return spoken;
    }

    static InetAddress address(Host host) {
        try {
            return InetAddress.getByName(host.address()); // a dotted literal (the loader checks): no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host " + host.name() + ": not an address: " + host.address(), e);
        }
    }
}
