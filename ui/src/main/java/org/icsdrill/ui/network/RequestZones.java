package org.icsdrill.ui.network;

import java.util.Optional;
import org.icsdrill.api.SiteView;
import org.icsdrill.api.TrafficItem;

/**
 * The zones of the site a request touches: its source's, by address, and its destination's. A request
 * names no destination address, only its plant and protocol, so the destination is found as the run
 * places the endpoints (docs/site.md, "Running on a site"): the OPC UA server at the SCADA server's
 * address, a plant's Modbus server at its PLC's, the PLC found by the site's names ({@code chemical-plc}
 * of role {@code plc}, else the zone {@code control-chemical}).
 */
final class RequestZones {

    private RequestZones() {
    }

    /** Whether the request comes from {@code zone} or goes to it. */
    static boolean touches(SiteView site, TrafficItem item, String zone) {
        return source(site, item).filter(zone::equals).isPresent()
                || destination(site, item).filter(zone::equals).isPresent();
    }

    static Optional<String> source(SiteView site, TrafficItem item) {
        return site.zoneOf(item.sourceHost()).map(SiteView.Zone::name);
    }

    static Optional<String> destination(SiteView site, TrafficItem item) {
        if ("opcua".equals(item.protocol())) {
            return site.hosts().stream().filter(h -> h.role().equals("scada")).findFirst().map(SiteView.Host::zone);
        }
        String plant = item.plant();
        if (plant == null || plant.isEmpty()) {
            return Optional.empty();
        }
        return site.hosts().stream().filter(h -> h.role().equals("plc") && h.name().equals(plant + "-plc"))
                .findFirst().map(SiteView.Host::zone)
                .or(() -> site.zones().stream().map(SiteView.Zone::name).filter(("control-" + plant)::equals)
                        .findFirst());
    }
}
