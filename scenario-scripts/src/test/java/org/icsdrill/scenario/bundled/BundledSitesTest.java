package org.icsdrill.scenario.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.load.SiteLoadResult;
import org.icsdrill.scenario.site.Conduit;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.Zone;
import org.junit.jupiter.api.Test;

class BundledSitesTest {

    private static Site site(String name) {
        SiteLoadResult result = BundledSites.load(name).orElseThrow();
        assertThat(result.diagnostics()).as(name).isEmpty();
        return result.site();
    }

    @Test
    void bothBundledSitesLoadClean() {
        assertThat(BundledSites.names()).containsExactly("reference", "flat");
        assertThat(BundledSites.DEFAULT).isEqualTo("reference");
        for (String name : BundledSites.names()) {
            Site site = site(name);
            assertThat(site.name()).isEqualTo(name);
            assertThat(site.description()).as(name).isNotBlank();
        }
        assertThat(BundledSites.load("nope")).isEmpty();
    }

    @Test
    void theReferenceSiteHasThePurdueZones() {
        Site site = site("reference");
        assertThat(site.zones()).extracting(Zone::name, Zone::level, Zone::securityLevelTarget, Zone::cidr)
                .containsExactly(
                        tuple("internet", 5.0, 1, "127.0.50.0/24"),
                        tuple("enterprise", 4.0, 2, "127.0.40.0/24"),
                        tuple("dmz", 3.5, 3, "127.0.35.0/24"),
                        tuple("operations", 3.0, 2, "127.0.0.0/24"),
                        tuple("control-power", 2.0, 3, "127.0.21.0/24"),
                        tuple("control-gas", 2.0, 3, "127.0.22.0/24"),
                        tuple("control-building", 2.0, 3, "127.0.23.0/24"),
                        tuple("control-chemical", 2.0, 3, "127.0.24.0/24"),
                        tuple("safety", 1.0, 4, "127.0.9.0/24"));
    }

    @Test
    void theReferenceSiteKeepsTodaysOperationsAddresses() {
        Site site = site("reference");
        Map<String, String> operations = site.hosts().stream().filter(h -> h.zone().equals("operations"))
                .collect(Collectors.toMap(Host::name, Host::address));
        assertThat(operations).containsExactlyInAnyOrderEntriesOf(Map.of("hmi-station", "127.0.0.1",
                "scada", "127.0.0.10", "engineering", "127.0.0.20", "console", "127.0.0.30"));
        assertThat(site.hostAt("127.0.0.1")).map(Host::role).hasValue("hmi");
        assertThat(site.zoneOf("127.0.0.1")).map(Zone::name).hasValue("operations");
        assertThat(site.host("remote-access").role()).isEqualTo("remote-access-gateway");
        assertThat(site.host("remote-access").accounts()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("vendor-support");
            assertThat(a.kind()).isEqualTo("supplier");
        });
    }

    @Test
    void everyPlantHasAControllerInItsOwnControlZoneReachedOnlyFromOperations() {
        Site site = site("reference");
        for (String plant : Plants.ids()) {
            Host plc = site.hosts().stream().filter(h -> h.role().equals("plc") && h.plant().equals(Optional.of(plant)))
                    .findFirst().orElseThrow();
            assertThat(plc.zone()).isEqualTo("control-" + plant);
            assertThat(plc.services()).containsExactly(new Service("modbus", 5020));
            List<Conduit> into = site.conduits().stream().filter(c -> c.to().equals(plc.zone())).toList();
            assertThat(into).singleElement().satisfies(c -> {
                assertThat(c.from()).isEqualTo("operations");
                assertThat(c.services()).containsExactly(new Service("modbus", 5020));
                assertThat(c.firewall()).isEqualTo("fw-ops");
            });
        }
    }

    @Test
    void noConduitReachesTheSafetyZoneAndTheSafetySystemOffersNothing() {
        Site site = site("reference");
        assertThat(site.conduits()).noneMatch(c -> c.to().equals("safety") || c.from().equals("safety"));
        Host sis = site.host("chemical-sis");
        assertThat(sis.zone()).isEqualTo("safety");
        assertThat(sis.plant()).hasValue("chemical");
        assertThat(sis.services()).isEmpty();
    }

    @Test
    void theReferenceConduitsAreOneWay() {
        Site site = site("reference");
        assertThat(site.conduits()).extracting(Conduit::name).containsExactly("enterprise-dmz", "internet-dmz",
                "dmz-operations", "operations-dmz", "operations-control-power", "operations-control-gas",
                "operations-control-building", "operations-control-chemical");
        assertThat(site.conduits()).allMatch(c -> c.direction().equals(Conduit.FROM_TO));
        Conduit replication = site.conduits().get(3);
        assertThat(replication.allows("operations", "dmz", new Service("pi", 5450))).isTrue();
        assertThat(site.conduits()).noneMatch(c -> c.allows("dmz", "operations", new Service("pi", 5450)));
        // Nothing from the enterprise or the Internet reaches operations or a controller directly.
        assertThat(site.conduits()).filteredOn(c -> c.from().equals("enterprise") || c.from().equals("internet"))
                .allMatch(c -> c.to().equals("dmz"));
    }

    @Test
    void theFlatSiteIsOneZoneWithoutConduits() {
        Site site = site("flat");
        assertThat(site.zones()).singleElement().satisfies(z -> assertThat(z.cidr()).isEqualTo("127.0.0.0/8"));
        assertThat(site.conduits()).isEmpty();
        assertThat(site.hosts()).extracting(Host::name, Host::address).containsExactlyInAnyOrder(
                tuple("hmi-station", "127.0.0.1"),
                tuple("scada", "127.0.0.10"),
                tuple("engineering", "127.0.0.20"),
                tuple("console", "127.0.0.30"),
                tuple("power-plc", "127.0.0.21"),
                tuple("gas-plc", "127.0.0.22"),
                tuple("building-plc", "127.0.0.23"),
                tuple("chemical-plc", "127.0.0.24"));
        assertThat(site.zoneOf("127.0.0.66")).map(Zone::name).hasValue("plant");
    }
}
