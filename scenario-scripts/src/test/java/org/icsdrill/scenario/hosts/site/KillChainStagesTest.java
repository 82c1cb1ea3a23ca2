package org.icsdrill.scenario.hosts.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.engine.ScenarioEngine;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.SiteFirewall;
import org.icsdrill.scenario.site.SiteLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A kill chain on the reference site with real sockets: the supplier's stolen VPN account into the DMZ, RDP
 * to the engineering workstation, then a Modbus write to the reactor from there. Without a response the
 * chain reaches the plant; a disabled account or a closed conduit stops it where a real intruder would stop.
 */
class KillChainStagesTest {

    static final Site REFERENCE = SiteActivityTest.REFERENCE;
    static final String CHAIN = """
            id: chain-test
            title: Supplier credentials to the reactor
            plants: [chemical]
            duration: 1h
            timeline:
              - at: 1m
                stage:
                  id: vpn
                  technique: T0822
                  host: supplier-laptop
                  move: {to: remote-access, protocol: vpn, account: vendor-support}
                  evidence: [{failed_logons: 3}]
              - after: vpn
                delay: 2m
                stage:
                  id: rdp
                  technique: T0886
                  host: remote-access
                  move: {to: engineering, protocol: rdp, account: ews-admin}
              - after: rdp
                delay: 5m
                attack: {id: write, kind: unauthorized_command, target: chemical.R1.TIC101.SP, value: 360, host: engineering}
            """;

    private final List<AutoCloseable> opened = new ArrayList<>();

    private record Run(Simulation simulation, SiteHosts hosts, SourcePolicy policy, List<HostEvent> logged,
                       List<ScenarioEvent> events) {
        List<ScenarioEvent> of(ScenarioEvent.Type type, String id) {
            return events.stream().filter(e -> e.type() == type && e.stepId().orElse("").equals(id)).toList();
        }
    }

    private Run start() throws Exception {
        Scenario scenario = ScenarioLoader.load("chain-test.yaml", CHAIN).scenario();
        Simulation simulation = new Simulation(SimulationConfig.defaults(1), List.of(Plants.create("chemical")));
        SourcePolicy policy = new SourcePolicy();
        TransactionJournal journal = TransactionJournal.inMemory(1000);
        ModbusTcpServer plc = ModbusTcpServer.start(simulation.plant("chemical"), ModbusServerConfig.loopback(0)
                .withBindAddress(InetAddress.getByName("127.0.24.2")), journal, policy, "test");
        opened.add(plc);
        FlowServices flows = FlowServices.start(REFERENCE, true, policy);
        opened.add(flows);
        policy.useFirewall(SiteFirewall.of(REFERENCE, (zone, service) -> service.protocol().equals("modbus")
                ? List.of(plc.port()) : flows.ports(REFERENCE.zone(zone), service), simulation::plantTimeSeconds));
        HostEventLog log = new HostEventLog(simulation::plantTimeSeconds);
        List<HostEvent> logged = new CopyOnWriteArrayList<>();
        log.subscribe(logged::add);
        SiteHosts hosts = new SiteHosts(SiteLayout.hosts(REFERENCE), policy, log);
        ServiceLocator services = (host, protocol) -> protocol.equals("modbus")
                ? java.util.Optional.of(new InetSocketAddress(plc.address(), plc.port())) : flows.find(host, protocol);
        LiveEffectContext context = new LiveEffectContext(simulation, policy, List.of(new PlantEndpoint("chemical",
                new InetSocketAddress(plc.address(), plc.port()), RegisterMap.of(simulation.plant("chemical").catalog()))),
                HostAddresses.defaults()).withStages(KillChainStages.on(REFERENCE, hosts, log, services, policy,
                Duration.ofSeconds(5)));
        ScenarioEngine engine = new ScenarioEngine(scenario, context, StandardEffects.INSTANCE);
        List<ScenarioEvent> events = new CopyOnWriteArrayList<>();
        engine.addListener(new ScenarioListener() {
            @Override
            public void onEvent(ScenarioEvent event, RunningEffect effect) {
                events.add(event);
            }
        });
        simulation.addListener(engine);
        opened.add(() -> engine.end(simulation.plantTimeSeconds()));
        return new Run(simulation, hosts, policy, logged, events);
    }

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void withoutAResponseTheChainCrossesTheDmzAndReachesThePlant() throws Exception {
        Run run = start();
        run.simulation().advance(Duration.ofMinutes(10));

        assertThat(run.of(ScenarioEvent.Type.STAGE_REACHED, "vpn")).singleElement()
                .satisfies(e -> assertThat(e.plantTimeSeconds()).isEqualTo(60.0));
        assertThat(run.of(ScenarioEvent.Type.STAGE_REACHED, "rdp")).singleElement().satisfies(e -> {
            assertThat(e.plantTimeSeconds()).isEqualTo(180.0);
            assertThat(e.detail()).isEqualTo("remote-access (dmz) -> engineering (operations)");
        });
        assertThat(run.of(ScenarioEvent.Type.ATTACK_STARTED, "write")).singleElement()
                .satisfies(e -> assertThat(e.plantTimeSeconds()).isEqualTo(480.0));
        assertThat(run.hosts().state("remote-access")).isEqualTo(HostState.COMPROMISED);
        assertThat(run.hosts().state("engineering")).isEqualTo(HostState.COMPROMISED);
        // the evidence, each event marked with its stage, none before the stage
        assertThat(run.logged()).filteredOn(e -> e.attack().equals("vpn")).extracting(HostEvent::action)
                .containsExactly(HostEventAction.LOGON, HostEventAction.LOGON, HostEventAction.LOGON,
                        HostEventAction.NETWORK_CONNECTION, HostEventAction.LOGON);
        assertThat(run.logged()).filteredOn(e -> !e.attack().isEmpty()).allSatisfy(e ->
                assertThat(e.time()).isGreaterThanOrEqualTo(60.0));
        assertThat(run.logged()).filteredOn(e -> e.attack().equals("rdp") && e.action() == HostEventAction.LOGON)
                .singleElement().satisfies(e -> {
                    assertThat(e.host()).isEqualTo("engineering");
                    assertThat(e.user()).isEqualTo("ews-admin");
                    assertThat(e.outcome()).isEqualTo("success");
                });
    }

    @Test
    void aDisabledSupplierAccountStopsTheChainAtTheGateway() throws Exception {
        Run run = start();
        run.hosts().disable("vendor-support");
        run.simulation().advance(Duration.ofMinutes(30));

        assertThat(run.of(ScenarioEvent.Type.STAGE_BLOCKED, "vpn")).hasSizeGreaterThanOrEqualTo(29)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("the logon as vendor-support on remote-access"
                        + " failed"));
        assertThat(run.of(ScenarioEvent.Type.STAGE_REACHED, "vpn")).isEmpty();
        assertThat(run.events()).noneMatch(e -> e.type() == ScenarioEvent.Type.ATTACK_STARTED);
        assertThat(run.hosts().state("engineering")).isEqualTo(HostState.CLEAN);
        assertThat(run.logged()).filteredOn(e -> e.attack().equals("vpn") && e.host().equals("remote-access")
                && !e.detail().contains("bad password")).allSatisfy(e -> {
                    assertThat(e.outcome()).isEqualTo("failure");
                    assertThat(e.detail()).contains("disabled");
                });
    }

    @Test
    void disablingTheAccountOfAReachedStageEndsTheIntrudersSessionThere() throws Exception {
        Run run = start();
        run.simulation().advance(Duration.ofMinutes(2));
        run.hosts().disable("vendor-support");
        run.simulation().advance(Duration.ofMinutes(20));

        assertThat(run.of(ScenarioEvent.Type.STAGE_BLOCKED, "rdp")).isNotEmpty().allSatisfy(e ->
                assertThat(e.detail()).isEqualTo("the session as vendor-support on remote-access was ended"));
        assertThat(run.events()).noneMatch(e -> e.type() == ScenarioEvent.Type.ATTACK_STARTED);
        assertThat(run.hosts().state("engineering")).isEqualTo(HostState.CLEAN);
    }

    @Test
    void aResetPasswordOrAClosedConduitStopsItOneStageLater() throws Exception {
        Run run = start();
        run.simulation().advance(Duration.ofMinutes(2));
        assertThat(run.of(ScenarioEvent.Type.STAGE_REACHED, "vpn")).hasSize(1);
        run.policy().firewall().closeConduit("dmz-operations");
        run.simulation().advance(Duration.ofMinutes(20));

        assertThat(run.of(ScenarioEvent.Type.STAGE_BLOCKED, "rdp")).isNotEmpty().allSatisfy(e ->
                assertThat(e.detail()).isEqualTo("the rdp connection from remote-access to engineering did not go through"));
        assertThat(run.events()).noneMatch(e -> e.type() == ScenarioEvent.Type.ATTACK_STARTED);
        assertThat(run.hosts().state("engineering")).isEqualTo(HostState.CLEAN);

        run.policy().firewall().openConduit("dmz-operations");
        run.hosts().resetCredential("ews-admin");
        run.simulation().advance(Duration.ofMinutes(5));
        assertThat(run.of(ScenarioEvent.Type.STAGE_BLOCKED, "rdp")).last().satisfies(e ->
                assertThat(e.detail()).isEqualTo("the logon as ews-admin on engineering failed"));
        assertThat(run.events()).noneMatch(e -> e.type() == ScenarioEvent.Type.ATTACK_STARTED);
    }
}
