package org.icsdrill.scenario.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.scenario.bundled.BundledSites;
import org.junit.jupiter.api.Test;

/**
 * The reference site's conduits as firewall rules: for each conduit, each of its services passes from a
 * host of its source zone to a host of its destination zone and not back; from every other zone it is
 * denied; nothing reaches the safety zone.
 */
class SiteFirewallTest {

    static final Site REFERENCE = BundledSites.load("reference").orElseThrow().site();

    @Test
    void everyConduitAllowsItsServicesOneWayAndFromItsZoneOnly() {
        Firewall firewall = SiteFirewall.of(REFERENCE, SiteFirewall.Ports.DECLARED, () -> 0);
        for (Conduit conduit : REFERENCE.conduits()) {
            String to = someHost(conduit.to());
            for (Service service : conduit.services()) {
                for (Zone zone : REFERENCE.zones()) {
                    String from = firstAddress(zone);
                    boolean expected = zone.name().equals(conduit.from()) || zone.name().equals(conduit.to());
                    assertThat(firewall.check(from + ":40000", to, service.port(), service.protocol()).allowed())
                            .as("%s from %s to %s (%s)", service, zone.name(), conduit.to(), conduit.name())
                            .isEqualTo(expected || otherConduitAllows(zone.name(), conduit.to(), service));
                }
                assertThat(firewall.check(to + ":40000", someHost(conduit.from()), service.port(),
                        service.protocol()).allowed()).as("%s back against %s", service, conduit.name())
                        .isEqualTo(otherConduitAllows(conduit.to(), conduit.from(), service));
            }
        }
    }

    @Test
    void nothingReachesTheSafetyZone() {
        Firewall firewall = SiteFirewall.of(REFERENCE, SiteFirewall.Ports.DECLARED, () -> 0);
        for (Zone zone : REFERENCE.zones()) {
            if (!zone.name().equals("safety")) {
                for (int port : List.of(502, 5020, 4840, 1502, 443)) {
                    assertThat(firewall.check(firstAddress(zone) + ":1", "127.0.9.2", port, "modbus").allowed())
                            .as("from %s", zone.name()).isFalse();
                }
            }
        }
    }

    @Test
    void aServiceOnAnotherPortIsFollowedByItsConduit() {
        Firewall firewall = SiteFirewall.of(REFERENCE,
                (zone, service) -> List.of(zone.equals("control-chemical") && service.protocol().equals("modbus")
                        ? 40123 : service.port()), () -> 0);
        assertThat(firewall.check("127.0.0.10:1", "127.0.24.2", 40123, "modbus").allowed()).isTrue();
        assertThat(firewall.check("127.0.0.10:1", "127.0.24.2", 5020, "modbus").allowed()).isFalse();
        assertThat(firewall.check("127.0.0.10:1", "127.0.21.2", 5020, "modbus").allowed()).isTrue();
    }

    private static boolean otherConduitAllows(String from, String to, Service service) {
        return from.equals(to) || REFERENCE.conduits().stream().anyMatch(c -> c.allows(from, to, service));
    }

    /** A host's address in the zone, or the zone's first address when it has none. */
    private static String someHost(String zone) {
        return REFERENCE.hosts().stream().filter(h -> h.zone().equals(zone)).map(Host::address).findFirst()
                .orElse(firstAddress(REFERENCE.zone(zone)));
    }

    private static String firstAddress(Zone zone) {
        String network = zone.cidr().substring(0, zone.cidr().indexOf('/'));
        return network.substring(0, network.lastIndexOf('.')) + ".99";
    }
}
