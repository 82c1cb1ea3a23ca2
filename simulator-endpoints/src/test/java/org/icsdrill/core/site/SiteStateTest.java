package org.icsdrill.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.net.SourcePolicy;
import org.junit.jupiter.api.Test;

/** The site as the zone map draws it: hosts' states, conduits as enforced now, connections counted between zones. */
class SiteStateTest {

    final SourcePolicy policy = new SourcePolicy();
    final Firewall firewall = Firewall.of(List.of(new NetworkZone("enterprise", "127.0.40.0/24"),
                    new NetworkZone("dmz", "127.0.35.0/24")),
            List.of(new ConduitRule("enterprise-dmz", "enterprise", "dmz", "https", 443, "fw-dmz"),
                    new ConduitRule("enterprise-dmz", "enterprise", "dmz", "rdp", 3389, "fw-dmz")), () -> 0);
    final HostEventLog log = new HostEventLog(() -> 0);
    final SiteState site = new SiteState("small", List.of(new SiteView.Zone("enterprise", 4, 2, "127.0.40.0/24"),
            new SiteView.Zone("dmz", 3.5, 3, "127.0.35.0/24")), new SiteHosts(List.of(
                    new SiteView.Host("office-pc-1", "office-pc", "enterprise", "127.0.40.11", HostState.CLEAN,
                            List.of()),
                    new SiteView.Host("jump-host", "jump-host", "dmz", "127.0.35.20", HostState.CLEAN, List.of())),
            policy, log), log, firewall);

    @Test
    void countsAllowedAndDeniedConnectionsPerPairOfZonesButNotInsideAZone() {
        firewall.check("127.0.40.11:50000", "127.0.35.20", 3389, "rdp");
        firewall.check("127.0.40.11:50001", "127.0.35.20", 3389, "rdp");
        firewall.check("127.0.35.20:50002", "127.0.40.11", 445, "smb");
        firewall.check("127.0.40.11:50003", "127.0.40.12", 445, "smb");

        assertThat(site.view().flows()).containsExactly(new SiteView.ZoneFlow("enterprise", "dmz", 2, 0),
                new SiteView.ZoneFlow("dmz", "enterprise", 0, 1));
    }

    @Test
    void showsTheConduitsServicesAndWhichAreClosedNow() {
        List<Long> before = site.version();
        firewall.closeService("enterprise-dmz", "rdp", 3389);

        assertThat(site.view().conduits()).containsExactly(new SiteView.Conduit("enterprise-dmz", "enterprise", "dmz",
                "fw-dmz", List.of("https/443", "rdp/3389"), List.of("rdp/3389")));
        assertThat(site.version()).isNotEqualTo(before);
        firewall.closeConduit("enterprise-dmz");
        assertThat(site.view().conduits().get(0).closed()).containsExactly("https/443", "rdp/3389");
    }

    @Test
    void aQuarantinedHostIsCutOffEverywhereAndLoggedOnItsOwnLog() {
        site.hosts().quarantine("jump-host");
        site.hosts().compromise("jump-host");
        site.hosts().compromise("office-pc-1");

        assertThat(policy.isIsolated("127.0.35.20")).isTrue();
        assertThat(site.view().hosts()).extracting(SiteView.Host::state)
                .containsExactly(HostState.COMPROMISED, HostState.QUARANTINED);
        assertThat(log.newest()).singleElement().satisfies(e -> {
            assertThat(e.host()).isEqualTo("jump-host");
            assertThat(e.action()).isEqualTo(HostEventAction.HOST_QUARANTINED);
            assertThat(e.seq()).isEqualTo(1);
        });
    }

    @Test
    void theLogKeepsTheNewestEventsForTheConsolesAndNumbersThemAll() {
        for (int i = 0; i < HostEventLog.KEPT + 3; i++) {
            log.log(HostEventLog.Entry.of("office-pc-1", HostEventAction.PROCESS_STARTED, true, "cmd.exe"));
        }
        assertThat(log.newest()).hasSize(HostEventLog.KEPT);
        assertThat(log.newest().get(0).seq()).isEqualTo(4);
        assertThat(log.lastSeq()).isEqualTo(HostEventLog.KEPT + 3);
    }
}
