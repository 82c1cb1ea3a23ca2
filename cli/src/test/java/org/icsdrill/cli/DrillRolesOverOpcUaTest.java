package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.ExpectedDetection;
import org.icsdrill.api.ExpectedResponse;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's "must show": gas-stuxnet played by a real simulator, read by real Milo clients as an
 * operator and as the instructor. Every client reads the briefing; nothing in what an operator may
 * read names the scenario, its notes or its script; the instructor reads them.
 */
class DrillRolesOverOpcUaTest {

    @TempDir
    static Path dataDir;
    static Scenario scenario;
    static SimulatorHost host;
    static OpcUaClient operator;
    static OpcUaClient instructor;

    @BeforeAll
    static void start() throws Exception {
        scenario = BundledScenarios.load("gas-stuxnet").orElseThrow().scenario();
        host = SimulatorHost.start(new RunOptions(List.of("gas"), Speed.REAL_TIME, null, scenario.seed(), 0, 0,
                InetAddress.getLoopbackAddress(), dataDir), h -> {
                    var context = new LiveEffectContext(h.simulation(), h.policy(), h.plantEndpoints(),
                            HostAddresses.defaults());
                    h.closeOnStop(ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE,
                            dataDir.resolve("run"), false).withExercise(h.exercise(), true));
                    h.driver().pause(); // the drill waits for its instructor, as with run --paused
                });
        operator = ExerciseClients.connect(host, host.opcUa().createdDefaultOperator().orElseThrow());
        instructor = ExerciseClients.connect(host, host.opcUa().users().addUser("ines", Role.INSTRUCTOR));
    }

    @AfterAll
    static void stop() throws Exception {
        for (OpcUaClient client : new OpcUaClient[] {operator, instructor}) {
            if (client != null) {
                client.disconnect();
            }
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void anOperatorReadsTheBriefingAndNothingOfTheScenariosNameNotesOrScript() throws Exception {
        String json = text(operator, ExerciseAddress.STATE);

        var state = ExerciseJson.state(json);
        assertThat(state.briefing()).isEqualTo(scenario.briefing());
        assertThat(state.briefingIn("ja")).startsWith("都市ガス圧縮機ステーション K101 の日勤です。");
        assertThat(state.scenarioPlayed()).isTrue();
        assertThat(json).doesNotContain(scenario.id(), scenario.title(), scenario.translations().get("ja").title(),
                "Stuxnet", "nextInjectAt", "choosable");
        scenario.instructorNotes().lines().filter(l -> !l.isBlank())
                .forEach(line -> assertThat(json).doesNotContain(line.strip()));
        for (String step : List.of("recon", "identify", "replay", "trip-limit", "overspeed", "lowspeed",
                "remote_system_discovery", "modify_program", "maintenance technician")) {
            assertThat(json).as("the script's " + step).doesNotContain(step);
        }
        assertThat(read(operator, ExerciseAddress.DESK).getStatusCode().getValue())
                .isEqualTo(StatusCodes.Bad_UserAccessDenied);
        assertThat(read(operator, ExerciseAddress.TIMELINE).getStatusCode().getValue())
                .isEqualTo(StatusCodes.Bad_UserAccessDenied);
    }

    @Test
    void theInstructorReadsTheScenarioItsNotesWhatComesNextAndTheExpectations() throws Exception {
        var desk = ExerciseJson.desk(text(instructor, ExerciseAddress.DESK));

        assertThat(desk.scenarioId()).isEqualTo("gas-stuxnet");
        assertThat(desk.title()).isEqualTo(scenario.title());
        assertThat(desk.instructorNotes()).isEqualTo(scenario.instructorNotes());
        assertThat(desk.in("ja").title()).isEqualTo("リプレイで隠された Stuxnet 型の圧縮機過回転");
        assertThat(desk.nextInjectAt()).as("the maintenance report at 30:00").isEqualTo(1800);
        assertThat(desk.detect()).contains(new ExpectedDetection("replay", 1800, true));
        assertThat(desk.respond()).as("over OPC UA as the report reads them").contains(new ExpectedResponse("replay",
                1200, List.of(new ResponseRule.Expected(ResponseAction.RESTORE_PROGRAM, "gas"))));
        assertThat(ExerciseJson.state(text(instructor, ExerciseAddress.STATE)).briefing())
                .isEqualTo(scenario.briefing());
    }

    @Test
    void theInstructorsNotesStayOffTheActionsEveryoneReads() throws Exception {
        var result = instructor.call(List.of(new CallMethodRequest(node(instructor, ExerciseAddress.FOLDER),
                node(instructor, ExerciseAddress.ADD_NOTE), new Variant[] {new Variant("nobody looked at SIS.ST201")})))
                .getResults()[0];
        assertThat(result.getOutputArguments()[0].getValue()).isEqualTo(true);

        assertThat(text(operator, ExerciseAddress.ACTIONS)).doesNotContain("SIS.ST201");
        assertThat(text(instructor, ExerciseAddress.TIMELINE)).contains("nobody looked at SIS.ST201");
    }

    private static DataValue read(OpcUaClient client, String variable) throws Exception {
        return client.readValue(0, TimestampsToReturn.Neither, node(client, variable));
    }

    private static String text(OpcUaClient client, String variable) throws Exception {
        DataValue value = read(client, variable);
        assertThat(value.getStatusCode().isGood()).as(variable + " " + value.getStatusCode()).isTrue();
        return (String) value.getValue().getValue();
    }

    private static NodeId node(OpcUaClient client, String id) {
        return new NodeId(client.getNamespaceTable().getIndex(ExerciseAddress.NAMESPACE_URI), id);
    }
}
