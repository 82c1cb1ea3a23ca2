package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.core.opcua.CloseConduitTest.assertDone;
import static org.icsdrill.core.opcua.CloseConduitTest.assertRefused;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.FlowListener;
import org.icsdrill.core.net.LoopbackSockets;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.core.site.SiteState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network responses on the site's hosts and accounts over OPC UA with a real Milo client: quarantining
 * a host cuts its flows and refuses new ones at its own listener, disabling an account and resetting its
 * password are logged on every host that has it, a closed conduit opens again, and every wrong target is
 * refused with the reason. The console reads the result in {@code Exercise.Site} and {@code Exercise.HostEvents}.
 */
class SiteResponsesTest {

    static final String JUMP_HOST = "127.0.35.20";

    @TempDir
    static Path dataDir;

    static Simulation simulation;
    static final SourcePolicy policy = new SourcePolicy();
    static Exercise exercise;
    static Firewall firewall;
    static FlowListener rdp;
    static OpcUaEndpoint endpoint;
    static OpcUaClient operator;

    @BeforeAll
    static void start() throws Exception {
        simulation = new Simulation(SimulationConfig.defaults(3).withStartTime(OpcUaFixture.START),
                List.of(new TestPlant()));
        TransactionJournal journal = TransactionJournal.inMemory(100);
        exercise = new Exercise(simulation, new SimulationDriver(simulation, Speed.REAL_TIME), policy, journal);
        rdp = FlowListener.start(JUMP_HOST, 0, "rdp", policy);
        firewall = Firewall.of(List.of(new NetworkZone("enterprise", "127.0.40.0/24"),
                        new NetworkZone("dmz", "127.0.35.0/24"), new NetworkZone("operations", "127.0.0.0/24")),
                List.of(new ConduitRule("enterprise-dmz", "enterprise", "dmz", "rdp", rdp.port(), "fw-dmz")),
                simulation::plantTimeSeconds);
        policy.useFirewall(firewall);
        HostEventLog log = new HostEventLog(simulation::plantTimeSeconds);
        List<SiteView.Host> hosts = List.of(
                host("office-pc-1", "office-pc", "enterprise", "127.0.40.11", account("a.tanaka", "user")),
                host("jump-host", "jump-host", "dmz", JUMP_HOST, account("jump-admin", "admin"),
                        account("vendor-support", "supplier")),
                host("remote-access", "remote-access-gateway", "dmz", "127.0.35.30",
                        account("vendor-support", "supplier")),
                host("test-plc", "plc", "operations", "127.0.0.2"));
        exercise.setSite(new SiteState("small", List.of(new SiteView.Zone("enterprise", 4, 2, "127.0.40.0/24"),
                new SiteView.Zone("dmz", 3.5, 3, "127.0.35.0/24")), new SiteHosts(hosts, policy, log), log, firewall));
        endpoint = OpcUaEndpoint.start(simulation, journal, policy, OpcUaConfig.loopback(dataDir), exercise);
        operator = OpcUaTestClients.user(endpoint, endpoint.createdDefaultOperator().orElseThrow());
        simulation.step();
    }

    @AfterAll
    static void stop() throws Exception {
        OpcUaTestClients.disconnect(operator);
        if (endpoint != null) {
            endpoint.close();
        }
        rdp.close();
        exercise.close();
    }

    @Test
    void quarantiningAHostCutsItsOpenFlowsRefusesNewOnesAndShowsOnTheMap() throws Exception {
        try (Socket session = rdpFrom("127.0.40.11")) {
            session.getOutputStream().write(new byte[64]);
            assertDone(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "quarantine_host", "", "jump-host"),
                    "hostQuarantined", "jump-host", JUMP_HOST);
            assertThat(readsToTheEnd(session)).as("the open RDP session is cut").isTrue();
        }
        assertThat(refused("127.0.40.11")).as("and the next is refused at the host's own listener").isTrue();
        SiteView site = ExerciseJson.site(ExerciseControlTest.text(operator, ExerciseAddress.SITE));
        assertThat(site.host("jump-host").orElseThrow().state()).isEqualTo(HostState.QUARANTINED);
        assertThat(site.host("office-pc-1").orElseThrow().state()).isEqualTo(HostState.CLEAN);
        assertThat(ExerciseJson.hostEvents(ExerciseControlTest.text(operator, ExerciseAddress.HOST_EVENTS)))
                .anySatisfy(e -> {
                    assertThat(e.host()).isEqualTo("jump-host");
                    assertThat(e.action()).isEqualTo(HostEventAction.HOST_QUARANTINED);
                });
    }

    @Test
    void disablingAnAccountAndResettingItsPasswordActOnEveryHostThatHasIt() throws Exception {
        assertDone(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "disable_account", "", "vendor-support"),
                "accountDisabled", "vendor-support", "jump-host, remote-access");
        assertDone(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "reset_credential", "", "jump-admin"),
                "credentialReset", "jump-admin", "jump-host");

        SiteView site = ExerciseJson.site(ExerciseControlTest.text(operator, ExerciseAddress.SITE));
        assertThat(site.host("remote-access").orElseThrow().accounts())
                .containsExactly(new SiteView.Account("vendor-support", "supplier", false, 0));
        assertThat(site.host("jump-host").orElseThrow().accounts()).contains(
                new SiteView.Account("jump-admin", "admin", true, 1));
        List<HostEvent> events = ExerciseJson.hostEvents(ExerciseControlTest.text(operator, ExerciseAddress.HOST_EVENTS));
        assertThat(events).filteredOn(e -> e.action() == HostEventAction.ACCOUNT_DISABLED)
                .extracting(HostEvent::host).containsExactlyInAnyOrder("jump-host", "remote-access");
        assertThat(events).filteredOn(e -> e.action() == HostEventAction.CREDENTIAL_RESET)
                .singleElement().satisfies(e -> assertThat(e.user()).isEqualTo("jump-admin"));
        SiteHosts hosts = exercise.site().orElseThrow().hosts();
        assertThat(hosts.logonSucceeds("jump-admin", 0)).as("the old password no longer logs on").isFalse();
        assertThat(hosts.logonSucceeds("jump-admin", hosts.credential("jump-admin"))).isTrue();
    }

    @Test
    void aClosedConduitOpensAgain() throws Exception {
        firewall.closeConduit("enterprise-dmz");
        assertDone(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "reopen_conduit", "", "enterprise-dmz"),
                "conduitReopened", "enterprise-dmz");
        assertThat(firewall.permits("127.0.40.12:50000", JUMP_HOST, rdp.port(), "rdp")).isTrue();
        assertDone(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "reopen_conduit", "",
                "enterprise-dmz rdp/" + rdp.port()), "serviceReopened", "rdp/" + rdp.port(), "enterprise-dmz");
    }

    @Test
    void wrongTargetsAreRefusedWithTheReason() throws Exception {
        assertRefused(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "quarantine_host", "", "office-pc-9"),
                "unknownSiteHost", "office-pc-9", "office-pc-1, jump-host, remote-access, test-plc");
        assertRefused(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "quarantine_host", "", "test-plc"),
                "hostIsAController", "test-plc");
        assertRefused(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "disable_account", "", "root"),
                "unknownAccount", "root", "a.tanaka, jump-admin, vendor-support");
        assertThat(exercise.site().orElseThrow().hosts().state("office-pc-1")).isEqualTo(HostState.CLEAN);
    }

    @Test
    void anIncidentIsDeclaredOnASiteHostAloneAndAnUnknownHostIsRefused() throws Exception {
        assertDone(ExerciseControlTest.call(operator, ExerciseAddress.DECLARE_INCIDENT, "", "T0886", "",
                "an RDP logon nobody made", "jump-host"), "incidentDeclared", "jump-host");
        assertThat(exercise.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.DECLARATION).last()
                .satisfies(e -> {
                    assertThat(e.plant()).isEmpty();
                    assertThat(e.target()).as("the host, for the desk's detection rule").isEqualTo("jump-host");
                    assertThat(e.what()).isEqualTo("T0886");
                });
        assertRefused(ExerciseControlTest.call(operator, ExerciseAddress.DECLARE_INCIDENT, "", "", "", "", "pc-9"),
                "unknownSiteHost", "pc-9", "office-pc-1, jump-host, remote-access, test-plc");
    }

    private static SiteView.Host host(String name, String role, String zone, String address,
                                      SiteView.Account... accounts) {
        return new SiteView.Host(name, role, zone, address, HostState.CLEAN, List.of(accounts));
    }

    private static SiteView.Account account(String name, String kind) {
        return new SiteView.Account(name, kind, true, 0);
    }

    private static Socket rdpFrom(String address) throws IOException {
        return LoopbackSockets.connect(address, JUMP_HOST, rdp.port());
    }

    /** A new connection is reset: during the connect itself (a race with the reset at accept) or on reading. */
    private static boolean refused(String address) throws IOException {
        try (Socket socket = rdpFrom(address)) {
            return readsToTheEnd(socket);
        } catch (SocketException e) {
            return true;
        }
    }

    /** The listener ends the connection (close or reset) without the client closing it. */
    private static boolean readsToTheEnd(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException e) {
            return true; // reset: cut or refused
        }
    }
}
