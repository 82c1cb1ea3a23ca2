package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.core.opcua.ExerciseControlTest.call;
import static org.icsdrill.core.opcua.ExerciseControlTest.text;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.HostSummary;
import org.icsdrill.api.NetworkSummary;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.api.TrafficPage;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network monitor's memory over OPC UA: Exercise.Hosts and Exercise.QueryTraffic, read and
 * called by an anonymous Milo client, with writes answered, refused and dropped by the server.
 */
class TrafficQueryOpcUaTest {

    @TempDir
    static Path dataDir;

    static final SourcePolicy policy = new SourcePolicy();
    static final TransactionJournal journal = TransactionJournal.inMemory(1000);
    static Exercise exercise;
    static OpcUaEndpoint endpoint;
    static OpcUaClient anonymous;
    static OpcUaClient operator;

    @BeforeAll
    static void start() throws Exception {
        Simulation simulation = new Simulation(SimulationConfig.defaults(3).withStartTime(OpcUaFixture.START),
                List.of(new TestPlant()));
        exercise = new Exercise(simulation, new SimulationDriver(simulation, Speed.REAL_TIME), policy, journal);
        exercise.setKnownHosts(List.of("127.0.0.10")); // the test's clients, on 127.0.0.1, are unknown hosts
        endpoint = OpcUaEndpoint.start(simulation, journal, policy, OpcUaConfig.loopback(dataDir), exercise);
        anonymous = OpcUaTestClients.anonymous(endpoint);
        operator = OpcUaTestClients.user(endpoint, endpoint.createdDefaultOperator().orElseThrow());

        write(operator, 40.0); // Good
        write(anonymous, 41.0); // Bad_UserAccessDenied
        policy.blockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.1");
        try {
            write(operator, 42.0); // Good, and never applied
        } finally {
            policy.unblockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.1");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        OpcUaTestClients.disconnect(anonymous, operator);
        if (endpoint != null) {
            endpoint.close();
        }
        exercise.close();
    }

    @Test
    void anyoneFindsTheWritesWithWhatBecameOfEach() throws Exception {
        TrafficPage writes = page(anonymous, "", "writes", "", 0, false, 100);

        assertThat(writes.items()).extracting(TrafficItem::values).containsExactly("42.0", "41.0", "40.0");
        assertThat(writes.items()).extracting(TrafficItem::outcome)
                .containsExactly(TrafficOutcome.DROPPED, TrafficOutcome.REFUSED, TrafficOutcome.ANSWERED);
        assertThat(writes.items()).allSatisfy(t -> assertThat(t.unknownSource()).isTrue());
        assertThat(writes.items().get(0).result()).startsWith("Good (dropped");
        assertThat(page(anonymous, "127.0.0.1", "dropped", TestPlant.ID, 0, false, 100).items())
                .extracting(TrafficItem::values).containsExactly("42.0");
        assertThat(page(anonymous, "127.0.0.99", "all", "", 0, false, 100).items()).isEmpty();
    }

    @Test
    void pagesGoBothWaysFromAnyNumber() throws Exception {
        TrafficPage newest = page(anonymous, "", "writes", "", 0, false, 1);
        assertThat(newest.more()).isTrue();
        TrafficPage older = page(anonymous, "", "writes", "", newest.items().get(0).seq(), false, 5);
        assertThat(older.items()).extracting(TrafficItem::values).containsExactly("41.0", "40.0");
        assertThat(older.more()).isFalse();
        TrafficPage forward = page(anonymous, "", "writes", "", older.items().get(1).seq(), true, 5);
        assertThat(forward.items()).extracting(TrafficItem::values).containsExactly("41.0", "42.0");
    }

    @Test
    void theHostsSummaryCountsSinceTheStartAndMarksUnknownHosts() throws Exception {
        NetworkSummary summary = ExerciseJson.network(text(anonymous, ExerciseAddress.HOSTS));

        HostSummary local = summary.hosts().stream().filter(h -> h.host().equals("127.0.0.1")).findFirst()
                .orElseThrow();
        assertThat(local.known()).isFalse();
        assertThat(local.writes()).isEqualTo(3);
        assertThat(local.refused()).isGreaterThanOrEqualTo(1);
        assertThat(local.dropped()).isEqualTo(1);
        assertThat(local.plants()).containsExactly(TestPlant.ID);
        assertThat(summary.keptLastSeq()).isGreaterThanOrEqualTo(page(anonymous, "", "writes", "", 0, false, 1)
                .items().get(0).seq());
    }

    @Test
    void anUnknownKindIsABadArgument() throws Exception {
        CallMethodResult result = call(anonymous, ExerciseAddress.QUERY_TRAFFIC, "", "everything", "", 0L, false, 10);
        assertThat(result.getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_InvalidArgument);
    }

    private static TrafficPage page(OpcUaClient client, String host, String kind, String plant, long from,
                                    boolean newer, int limit) throws Exception {
        CallMethodResult result = call(client, ExerciseAddress.QUERY_TRAFFIC, host, kind, plant, from, newer, limit);
        assertThat(result.getStatusCode()).isEqualTo(StatusCode.GOOD);
        return ExerciseJson.trafficPage((String) result.getOutputArguments()[0].getValue());
    }

    private static StatusCode write(OpcUaClient client, double value) throws Exception {
        return client.writeValues(List.of(OpcUaTestClients.tagNode(client, TestPlant.Tag.SETPOINT.def().name())),
                List.of(DataValue.valueOnly(new Variant(value)))).get(0);
    }
}
