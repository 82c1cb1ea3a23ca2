package org.icsdrill.scenario.hosts.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.core.net.FirewallEvent;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.bundled.BundledSites;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.SiteFirewall;
import org.icsdrill.scenario.site.SiteLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reference site's IT hosts on real sockets: every flow-only service listens at its host's address
 * (on a free port), the conduits are enforced at the listeners, and the hosts' routines run in plant time
 * faster than real time.
 */
class SiteActivityTest {

    static final Site REFERENCE = BundledSites.load("reference").orElseThrow().site();

    private final List<AutoCloseable> opened = new ArrayList<>();

    /** One run of the reference site: a simulation, its listeners, firewall, hosts and their activity. */
    private record Run(Simulation simulation, SiteHosts hosts, List<HostEvent> logged, SourcePolicy policy,
                       List<FirewallEvent> firewall) {
        List<HostEvent> events(String host, HostEventAction action) {
            return logged.stream().filter(e -> e.host().equals(host) && e.action() == action).toList();
        }
    }

    private Run start(long seed) {
        Simulation simulation = new Simulation(SimulationConfig.defaults(seed), List.of(Plants.create("chemical")));
        SourcePolicy policy = new SourcePolicy();
        FlowServices services = FlowServices.start(REFERENCE, true, policy);
        opened.add(services);
        policy.useFirewall(SiteFirewall.of(REFERENCE, (zone, service) -> {
            List<Integer> ports = services.ports(REFERENCE.zone(zone), service);
            return ports.isEmpty() ? List.of(service.port()) : ports;
        }, simulation::plantTimeSeconds));
        List<FirewallEvent> decisions = new java.util.concurrent.CopyOnWriteArrayList<>();
        policy.firewall().subscribe(decisions::add);
        HostEventLog log = new HostEventLog(simulation::plantTimeSeconds);
        List<HostEvent> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        log.subscribe(logged::add);
        SiteHosts hosts = new SiteHosts(SiteLayout.hosts(REFERENCE), policy, log);
        opened.add(SiteActivity.attach(simulation, REFERENCE, hosts, log, services, seed));
        return new Run(simulation, hosts, logged, policy, decisions);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    @Test
    void officeUsersLogOnAndTheHistorianReplicatesThroughItsConduitOnRealSockets() {
        Run run = start(7);
        run.simulation().advance(Duration.ofMinutes(30));

        for (String pc : List.of("office-pc-1", "office-pc-2")) {
            assertThat(run.events(pc, HostEventAction.LOGON)).as(pc).anySatisfy(e -> assertThat(e.outcome())
                    .isEqualTo("success"));
        }
        // once a minute from the SCADA server (operations) to the replica (DMZ), allowed by operations-dmz:
        // at 60, 120 ... 1740 s (the tick at 1800 s is not stepped by advancing 30 minutes from 0)
        assertThat(run.firewall()).filteredOn(e -> e.service().startsWith("pi/") && e.allowed())
                .hasSize(29).allSatisfy(e -> {
                    assertThat(e.source()).startsWith("127.0.0.10:");
                    assertThat(e.rule()).isEqualTo("operations-dmz");
                });
        // a user's mistyped password is the only failure of a quiet day
        assertThat(run.logged()).noneMatch(e -> e.failed() && e.action() != HostEventAction.LOGON);
    }

    @Test
    void aSeededRunLogsTheSameEventsAtTheSamePlantTimes() {
        Run first = start(11);
        first.simulation().advance(Duration.ofHours(1));
        List<HostEvent> once = first.logged();
        Run second = start(11);
        second.simulation().advance(Duration.ofHours(1));

        // the listeners took free ports, different in each run: the events are the same but for them
        assertThat(withoutPorts(second.logged())).isEqualTo(withoutPorts(once));
        assertThat(once).extracting(HostEvent::action).contains(HostEventAction.LOGON,
                HostEventAction.PROCESS_STARTED, HostEventAction.NETWORK_CONNECTION);
    }

    private static List<HostEvent> withoutPorts(List<HostEvent> events) {
        return events.stream().map(e -> new HostEvent(e.seq(), e.time(), e.host(), e.action(), e.outcome(), e.user(),
                e.destination().replaceAll(":[0-9]+$", ""), e.protocol(), e.detail(), e.attack())).toList();
    }

    /** The events a detector must stay quiet on happen in an ordinary day too: a USB stick, an update's service. */
    @Test
    void anOrdinaryDayHasItsUsbSticksAndServiceInstallsToo() {
        Run run = start(13);
        run.simulation().advance(Duration.ofHours(12));

        assertThat(run.events("engineering", HostEventAction.REMOVABLE_MEDIA)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.user()).isEqualTo("engineer"));
        assertThat(run.logged()).filteredOn(e -> e.action() == HostEventAction.SERVICE_INSTALLED)
                .isNotEmpty().allSatisfy(e -> assertThat(e.host()).startsWith("office-pc"));
    }

    @Test
    void aQuarantinedOfficePcOpensNothingAndItsHostFirewallLogsTheDrops() {
        Run run = start(7);
        run.simulation().advance(Duration.ofMinutes(5));
        run.hosts().quarantine("office-pc-1");
        int decided = run.firewall().size();
        run.simulation().advance(Duration.ofHours(1));

        assertThat(run.events("office-pc-1", HostEventAction.HOST_QUARANTINED)).hasSize(1);
        assertThat(run.events("office-pc-1", HostEventAction.FIREWALL_DROP)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo("failure"));
        assertThat(run.firewall().subList(decided, run.firewall().size()))
                .noneMatch(e -> e.source().startsWith("127.0.40.11:"));
    }

    @Test
    void aDisabledSupplierAccountFailsToLogOnAtTheGatewayAndGoesNoFurther() {
        Run run = start(3);
        run.hosts().disable("vendor-support");
        run.simulation().advance(Duration.ofHours(4));

        List<HostEvent> logons = run.events("remote-access", HostEventAction.LOGON);
        assertThat(logons).isNotEmpty().allSatisfy(e -> {
            assertThat(e.user()).isEqualTo("vendor-support");
            assertThat(e.outcome()).isEqualTo("failure");
            assertThat(e.detail()).contains("disabled");
        });
        assertThat(run.logged()).noneMatch(e -> e.host().equals("remote-access")
                && e.action() == HostEventAction.NETWORK_CONNECTION);
    }

    @Test
    void closingTheConduitFromTheEnterpriseCutsTheOfficeFromTheHistorianReplicaAndTheJumpHost() {
        Run run = start(5);
        run.policy().firewall().closeConduit("enterprise-dmz");
        run.simulation().advance(Duration.ofHours(2));

        List<HostEvent> toDmz = run.logged().stream()
                .filter(e -> e.host().startsWith("office-pc") && e.action() == HostEventAction.NETWORK_CONNECTION
                        && e.destination().startsWith("127.0.35."))
                .toList();
        assertThat(toDmz).isNotEmpty().allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("failure");
            assertThat(e.detail()).contains("reset");
        });
        assertThat(run.firewall()).filteredOn(e -> e.source().startsWith("127.0.40.") && e.destination()
                .startsWith("127.0.35.")).isNotEmpty().noneMatch(FirewallEvent::allowed);
    }
}
