package org.icsdrill.ui.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.ui.ReferenceSite;
import org.icsdrill.ui.site.SiteMap.Direction;
import org.icsdrill.ui.site.SiteMap.Link;
import org.junit.jupiter.api.Test;

/** The zone map's model from the reference site's view, as the server makes it. */
class SiteMapTest {

    private final SiteState site = ReferenceSite.state(new SourcePolicy(), () -> 600);

    @Test
    void aRowPerPurdueLevelFromTheInternetDownWithTheZonesHosts() {
        SiteMap map = SiteMap.of(site.view());

        assertThat(map.rows()).extracting(SiteMap.Row::level).containsExactly(5.0, 4.0, 3.5, 3.0, 2.0, 1.0);
        assertThat(map.rows().get(4).zones()).extracting(SiteMap.Zone::name)
                .containsExactly("control-power", "control-gas", "control-building", "control-chemical");
        SiteMap.Zone enterprise = map.rows().get(1).zones().get(0);
        assertThat(enterprise.cidr()).isEqualTo("127.0.40.0/24");
        assertThat(enterprise.securityLevelTarget()).isEqualTo(2);
        assertThat(enterprise.hosts()).extracting(SiteView.Host::name)
                .containsExactly("directory", "office-pc-1", "office-pc-2", "mail");
    }

    @Test
    void eachConduitIsDrawnAboveTheLowerOfItsZonesPointingTheWayItsConnectionsGo() {
        SiteMap map = SiteMap.of(site.view());

        assertThat(map.band(0)).isEmpty();
        assertThat(map.band(1)).extracting(Link::conduit).containsExactly("enterprise-dmz", "internet-dmz");
        assertThat(map.band(2)).extracting(Link::conduit, Link::direction).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dmz-operations", Direction.DOWN),
                org.assertj.core.groups.Tuple.tuple("operations-dmz", Direction.UP));
        assertThat(map.band(3)).hasSize(4).allSatisfy(l -> assertThat(l.from()).isEqualTo("operations"));
        assertThat(map.band(4)).as("no conduit reaches safety").isEmpty();
        assertThat(link(map, "enterprise-dmz").services()).extracting(SiteMap.Service::name)
                .containsExactly("https/443", "rdp/3389");
        assertThat(link(map, "enterprise-dmz").firewall()).isEqualTo("fw-dmz");
        assertThat(link(map, "enterprise-dmz").namedByRoute()).isTrue();
    }

    @Test
    void closedServicesAndConduitsAndTheConnectionsCountedShow() {
        site.firewall().closeService("enterprise-dmz", "rdp", 3389);
        site.firewall().closeConduit("internet-dmz");
        site.firewall().check("127.0.40.11:50000", "127.0.35.10", 443, "https");
        site.firewall().check("127.0.40.11:50001", "127.0.35.10", 443, "https");
        site.firewall().check("127.0.40.11:50002", "127.0.35.20", 3389, "rdp");
        site.firewall().check("127.0.40.12:50003", "127.0.0.20", 3389, "rdp"); // no conduit from the enterprise

        SiteMap map = SiteMap.of(site.view());

        Link enterpriseDmz = link(map, "enterprise-dmz");
        assertThat(enterpriseDmz.services()).containsExactly(new SiteMap.Service("https/443", false),
                new SiteMap.Service("rdp/3389", true));
        assertThat(enterpriseDmz.closed()).isFalse();
        assertThat(enterpriseDmz.allowed()).isEqualTo(2);
        assertThat(enterpriseDmz.denied()).isEqualTo(1);
        assertThat(link(map, "internet-dmz").closed()).isTrue();
        assertThat(map.withoutConduit()).hasSize(1);
        Link none = map.withoutConduit().get(0);
        assertThat(none.from()).isEqualTo("enterprise");
        assertThat(none.to()).isEqualTo("operations");
        assertThat(none.denied()).isEqualTo(1);
        assertThat(none.band()).as("above operations").isEqualTo(2);
        assertThat(map.band(2)).as("a band holds conduits only").extracting(Link::conduit)
                .containsExactly("dmz-operations", "operations-dmz");
        assertThat(none.direction()).isEqualTo(Direction.DOWN);
    }

    @Test
    void theLayoutStaysWhileOnlyStatesAndCountsMove() {
        SiteMap before = SiteMap.of(site.view());
        site.hosts().quarantine("office-pc-1");
        site.firewall().check("127.0.40.11:50000", "127.0.35.10", 443, "https");

        SiteMap after = SiteMap.of(site.view());

        assertThat(after.layout()).isEqualTo(before.layout());
        assertThat(after.rows().get(1).zones().get(0).hosts().get(1).state()).isEqualTo(HostState.QUARANTINED);
        site.firewall().check("127.0.40.11:50001", "127.0.24.2", 5020, "modbus");
        assertThat(SiteMap.of(site.view()).layout()).as("a new pair of zones").isNotEqualTo(before.layout());
    }

    @Test
    void aRunWithoutASiteHasAnEmptyMap() {
        assertThat(SiteMap.of(SiteView.NONE)).isEqualTo(SiteMap.EMPTY);
    }

    @Test
    void levelsAreWrittenAsTheSiteWritesThem() {
        assertThat(SiteMap.levelText(3.5)).isEqualTo("3.5");
        assertThat(SiteMap.levelText(4)).isEqualTo("4");
    }

    private static Link link(SiteMap map, String conduit) {
        return map.links().stream().filter(l -> l.conduit().equals(conduit)).findFirst().orElseThrow();
    }
}
