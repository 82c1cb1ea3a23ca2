package org.icsdrill.scenario.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.NetworkZone;

/** A site's zones and conduits as the firewall the endpoints enforce (ADR 17). */
public final class SiteFirewall {

    /**
     * Where a service the site declares really listens: a run on free ports ({@code --modbus-port 0},
     * as tests do) moves a PLC's {@code modbus/5020} elsewhere, and the conduit must follow it.
     */
    public interface Ports {
        /**
         * The ports {@code service} listens on in {@code zone}: the declared one by default, one per host
         * that offers it when each took a free port.
         */
        List<Integer> actual(String zone, Service service);

        Ports DECLARED = (zone, service) -> List.of(service.port());
    }

    private SiteFirewall() {
    }

    /** One rule per service of each conduit, in the site's order; {@code plantTime} stamps the log. */
    public static Firewall of(Site site, Ports ports, DoubleSupplier plantTime) {
        List<NetworkZone> zones = site.zones().stream().map(z -> new NetworkZone(z.name(), z.cidr())).toList();
        List<ConduitRule> rules = new ArrayList<>();
        for (Conduit conduit : site.conduits()) {
            for (Service service : conduit.services()) {
                for (int port : ports.actual(conduit.to(), service)) {
                    rules.add(new ConduitRule(conduit.name(), conduit.from(), conduit.to(), service.protocol(), port,
                            conduit.firewall()));
                }
            }
        }
        return Firewall.of(zones, rules, plantTime);
    }
}
