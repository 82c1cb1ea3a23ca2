package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.Declaration;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.exercise.ExerciseListener;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercise control over OPC UA with real Milo clients: who may call what, and what each call does. */
class ExerciseControlTest {

    @TempDir
    static Path dataDir;

    static Simulation simulation;
    static SimulationDriver driver;
    static SourcePolicy policy = new SourcePolicy();
    static TransactionJournal journal = TransactionJournal.inMemory(1000);
    static Exercise exercise;
    static OpcUaEndpoint endpoint;
    static OpcUaClient anonymous;
    static OpcUaClient operator;
    static OpcUaClient engineer;
    static OpcUaClient instructor;
    static final List<Declaration> declared = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        simulation = new Simulation(SimulationConfig.defaults(3).withStartTime(OpcUaFixture.START),
                List.of(new TestPlant()));
        driver = new SimulationDriver(simulation, Speed.REAL_TIME); // never started: the test steps by hand
        exercise = new Exercise(simulation, driver, policy, journal);
        exercise.addListener(new ExerciseListener() {
            @Override
            public void onDeclaration(double plantTime, Actor actor, Declaration declaration) {
                declared.add(declaration);
            }
        });
        endpoint = OpcUaEndpoint.start(simulation, journal, policy, OpcUaConfig.loopback(dataDir), exercise);
        anonymous = OpcUaTestClients.anonymous(endpoint);
        operator = OpcUaTestClients.user(endpoint, endpoint.createdDefaultOperator().orElseThrow());
        engineer = OpcUaTestClients.user(endpoint, endpoint.users().addUser("eve", Role.ENGINEER));
        instructor = OpcUaTestClients.user(endpoint, endpoint.users().addUser("ines", Role.INSTRUCTOR));
    }

    @AfterAll
    static void stop() throws Exception {
        for (OpcUaClient client : new OpcUaClient[] {anonymous, operator, engineer, instructor}) {
            if (client != null) {
                client.disconnect();
            }
        }
        if (endpoint != null) {
            endpoint.close();
        }
        exercise.close();
    }

    @Test
    void anyoneReadsTheStateButOnlyInstructorsTheGroundTruth() throws Exception {
        exercise.truth(5, TimelineEntry.Kind.ATTACK_STARTED, TestPlant.ID, "hidden-attack", "T0831");

        var state = ExerciseJson.state(text(anonymous, ExerciseAddress.STATE));
        assertThat(state.plants()).containsExactly(TestPlant.ID);
        assertThat(state.plantZeroInstant()).as("the tags' timestamps less plant time").contains(OpcUaFixture.START);
        assertThat(read(operator, ExerciseAddress.TIMELINE).getStatusCode().getValue())
                .isEqualTo(StatusCodes.Bad_UserAccessDenied);
        assertThat(text(operator, ExerciseAddress.ACTIONS)).doesNotContain("hidden-attack");
        assertThat(ExerciseJson.timeline(text(instructor, ExerciseAddress.TIMELINE)))
                .anySatisfy(e -> assertThat(e.what()).isEqualTo("hidden-attack"));
        for (OpcUaClient trainee : new OpcUaClient[] {anonymous, operator, engineer}) {
            assertThat(read(trainee, ExerciseAddress.DESK).getStatusCode().getValue())
                    .isEqualTo(StatusCodes.Bad_UserAccessDenied);
        }
        assertThat(ExerciseJson.desk(text(instructor, ExerciseAddress.DESK)).nextInjectAt()).isEqualTo(-1);
    }

    @Test
    void instructorsNotesAndCommandsAreNotAmongTheTraineesActions() throws Exception {
        assertAccepted(call(instructor, ExerciseAddress.ADD_NOTE, "the scan on the plant not seen yet"));

        assertThat(text(operator, ExerciseAddress.ACTIONS)).doesNotContain("not seen yet");
        assertThat(text(instructor, ExerciseAddress.TIMELINE)).contains("not seen yet");
    }

    @Test
    void anonymousCallsAreRefusedAndAudited() throws Exception {
        CallMethodResult result = call(anonymous, ExerciseAddress.DECLARE_INCIDENT, TestPlant.ID, "", "", "", "");

        assertThat(result.getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_UserAccessDenied);
        assertThat(Files.readString(dataDir.resolve(AuditLog.FILE))).contains("call_denied", "DeclareIncident");
    }

    @Test
    void anOperatorDeclaresAnIncidentOnTheRecord() throws Exception {
        CallMethodResult result = call(operator, ExerciseAddress.DECLARE_INCIDENT, TestPlant.ID, "T0836",
                "T1 heater", "set point keeps changing", "");

        assertAccepted(result);
        assertThat(declared).anySatisfy(d -> assertThat(d.technique()).isEqualTo("T0836"));
        assertThat(ExerciseJson.timeline(text(operator, ExerciseAddress.ACTIONS))).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.DECLARATION);
            assertThat(e.user()).isEqualTo("operator");
        });
    }

    @Test
    void aMalformedTechniqueIsRefusedWithTheReason() throws Exception {
        CallMethodResult result = call(operator, ExerciseAddress.DECLARE_INCIDENT, TestPlant.ID, "stuxnet", "", "", "");

        assertThat(result.getStatusCode().isGood()).isTrue();
        assertThat(result.getOutputArguments()[0].getValue()).isEqualTo(false);
        assertThat((String) result.getOutputArguments()[1].getValue())
                .isEqualTo("technique must be an ATT&CK for ICS id like T0831, got 'stuxnet'");
        // the code and its arguments, for the console to say it in its own language
        assertThat(result.getOutputArguments()[2].getValue()).isEqualTo("invalidTechnique");
        assertThat((String[]) result.getOutputArguments()[3].getValue()).containsExactly("stuxnet");
    }

    @Test
    void aDeclarationNamesAPlantOrASiteHostThatExists() throws Exception {
        CallMethodResult nowhere = call(operator, ExerciseAddress.DECLARE_INCIDENT, "", "T0843", "", "odd", "");
        assertThat(nowhere.getOutputArguments()[0].getValue()).isEqualTo(false);
        assertThat(nowhere.getOutputArguments()[2].getValue()).isEqualTo("declarationNamesNothing");
        // this exercise has no site: a host is refused with why, the plant's part alone would not do
        CallMethodResult onHost = call(operator, ExerciseAddress.DECLARE_INCIDENT, TestPlant.ID, "T0843", "", "odd",
                "engineering");
        assertThat(onHost.getOutputArguments()[0].getValue()).isEqualTo(false);
        assertThat(onHost.getOutputArguments()[2].getValue()).isEqualTo("noSiteNetwork");
    }

    @Test
    void anAcceptedCallAnswersItsCodeAndArguments() throws Exception {
        CallMethodResult result = call(operator, ExerciseAddress.DECLARE_INCIDENT, TestPlant.ID, "", "", "odd", "");

        assertThat(result.getOutputArguments()[0].getValue()).isEqualTo(true);
        assertThat(result.getOutputArguments()[1].getValue()).isEqualTo("incident declared on " + TestPlant.ID);
        assertThat(result.getOutputArguments()[2].getValue()).isEqualTo("incidentDeclared");
        assertThat((String[]) result.getOutputArguments()[3].getValue()).containsExactly(TestPlant.ID);
    }

    @Test
    void isolatingAHostCutsItOffAtTheEndpoints() throws Exception {
        InetAddress attacker = InetAddress.getByName("127.0.0.66");
        try (Socket idle = new Socket()) {
            idle.bind(new InetSocketAddress(attacker, 0));
            idle.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()));
            idle.setSoTimeout(5_000);
            hello(idle); // an OPC UA connection the server has taken, then silent

            assertAccepted(call(operator, ExerciseAddress.RESPOND, "isolate_host", "", "127.0.0.66"));

            assertThat(idle.getInputStream().read()).as("an idle connection is cut at once").isEqualTo(-1);
            assertThat(journal.recent()).anySatisfy(t -> {
                assertThat(t.source()).startsWith("127.0.0.66:");
                assertThat(t.result()).isEqualTo("dropped: host isolated");
            });
            try (Socket again = new Socket()) {
                again.bind(new InetSocketAddress(attacker, 0));
                again.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()));
                again.setSoTimeout(5_000);
                assertThat(again.getInputStream().read()).as("and new ones refused").isEqualTo(-1);
            }
            assertThat(journal.recent()).anySatisfy(t -> {
                assertThat(t.source()).startsWith("127.0.0.66:");
                assertThat(t.result()).isEqualTo("refused: host isolated");
            });
        } finally {
            policy.release("127.0.0.66");
        }
        assertThat(call(operator, ExerciseAddress.RESPOND, "isolate_host", "", "attacker.example")
                .getOutputArguments()[0].getValue()).isEqualTo(false);
    }

    @Test
    void closingAConduitInARunWithoutASiteIsRefused() throws Exception {
        CallMethodResult result = call(operator, ExerciseAddress.RESPOND, "close_conduit", "", "enterprise-dmz");

        assertThat(result.getOutputArguments()[0].getValue()).isEqualTo(false);
        assertThat((String) result.getOutputArguments()[1].getValue())
                .isEqualTo("this run has no site network with conduits: there is no conduit to close");
        assertThat(result.getOutputArguments()[2].getValue()).isEqualTo("noSiteNetwork");
        assertThat(ExerciseJson.timeline(text(operator, ExerciseAddress.ACTIONS)))
                .noneSatisfy(e -> assertThat(e.what()).isEqualTo("close_conduit"));
    }

    /** OPC UA Hello, answered by Acknowledge (IEC 62541-6, 7.1.2): proof the server holds the connection. */
    private static void hello(Socket socket) throws java.io.IOException {
        byte[] url = endpoint.endpointUrl().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer hello = java.nio.ByteBuffer.allocate(32 + url.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        hello.put("HELF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(32 + url.length)
                .putInt(0).putInt(65_536).putInt(65_536).putInt(0).putInt(0).putInt(url.length).put(url);
        socket.getOutputStream().write(hello.array());
        byte[] ack = socket.getInputStream().readNBytes(28);
        assertThat(new String(ack, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ACKF");
    }

    @Test
    void switchingALoopToManualAndShuttingDownActOnThePlant() throws Exception {
        assertAccepted(call(operator, ExerciseAddress.RESPOND, "switch_to_manual", TestPlant.ID, "T1.TC101_AUTO"));
        assertAccepted(call(operator, ExerciseAddress.RESPOND, "emergency_shutdown", TestPlant.ID, ""));
        simulation.step();

        var view = simulation.plant(TestPlant.ID).view();
        assertThat(view.value(TestPlant.Tag.AUTO.ordinal())).isZero();
        assertThat(view.value(TestPlant.Tag.TRIP.ordinal())).isEqualTo(1);
        // the desk reads the switch as the trainee named it, to apply the report's ResponseRule
        assertThat(ExerciseJson.timeline(text(instructor, ExerciseAddress.TIMELINE))).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.RESPONSE);
            assertThat(e.plant()).isEqualTo(TestPlant.ID);
            assertThat(e.what()).isEqualTo("switch_to_manual");
            assertThat(e.target()).isEqualTo("T1.TC101_AUTO");
        });
    }

    @Test
    void restoringTheProgramNeedsAnEngineer() throws Exception {
        PlantRuntime plant = simulation.plant(TestPlant.ID);
        ControlProgram golden = plant.program();
        ControlProgram implant = new ControlProgram() {
            @Override
            public String name() {
                return "implant";
            }

            @Override
            public void scan(ControllerMemory memory, double dt) {
                memory.set(TestPlant.Tag.HEATER, 100);
            }
        };
        simulation.executeNow(s -> {
            plant.replaceProgram(implant);
            return null;
        });
        CallMethodResult byOperator = call(operator, ExerciseAddress.RESPOND, "restore_program", TestPlant.ID, "");
        assertThat(byOperator.getOutputArguments()[0].getValue()).isEqualTo(false);
        assertThat((String) byOperator.getOutputArguments()[1].getValue()).isNotBlank();
        assertThat(plant.program()).as("the operator's refused call changed nothing").isSameAs(implant);

        assertAccepted(call(engineer, ExerciseAddress.RESPOND, "restore_program", TestPlant.ID, ""));
        assertThat(plant.program()).isSameAs(golden);
    }

    @Test
    void onlyTheInstructorPausesResumesAndChangesSpeed() throws Exception {
        assertThat(call(operator, ExerciseAddress.PAUSE).getStatusCode().getValue())
                .isEqualTo(StatusCodes.Bad_UserAccessDenied);

        assertAccepted(call(instructor, ExerciseAddress.PAUSE));
        assertThat(ExerciseJson.state(text(operator, ExerciseAddress.STATE)).paused()).isTrue();
        assertAccepted(call(instructor, ExerciseAddress.SET_SPEED, "10"));
        assertThat(driver.speed()).isEqualTo(new Speed(10));
        assertThat(call(instructor, ExerciseAddress.SET_SPEED, "fast").getOutputArguments()[0].getValue())
                .isEqualTo(false);
        assertAccepted(call(instructor, ExerciseAddress.RESUME));
        assertThat(driver.isPaused()).isFalse();
    }

    /** The simulator closes only after the end, and only for the instructor (the run keeps serving till then). */
    @Test
    void closingTheSimulatorWaitsForTheEndAndTheInstructor() throws Exception {
        assertThat(call(operator, ExerciseAddress.CLOSE).getStatusCode().getValue())
                .isEqualTo(StatusCodes.Bad_UserAccessDenied);
        CallMethodResult early = call(instructor, ExerciseAddress.CLOSE);
        assertThat(early.getOutputArguments()[0].getValue()).isEqualTo(false);
        assertThat(early.getOutputArguments()[2].getValue()).isEqualTo("exerciseNotOver");
        assertThat(exercise.awaitCloseRequest(0, java.util.concurrent.TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void anAdHocInjectReachesTraineesWhoAnswerIt() throws Exception {
        assertAccepted(call(instructor, ExerciseAddress.ADD_INJECT, "operator", "The vendor calls about a patch",
                new String[] {"Do you install it now?"}));

        var cards = ExerciseJson.cards(text(operator, ExerciseAddress.INJECTS));
        assertThat(cards).anySatisfy(c -> assertThat(c.questions()).containsExactly("Do you install it now?"));
        String id = cards.get(cards.size() - 1).id();
        assertAccepted(call(operator, ExerciseAddress.ANSWER_INJECT, id, 0, "No, not during the incident"));
        assertThat(call(operator, ExerciseAddress.ANSWER_INJECT, "card-99", 0, "?").getOutputArguments()[0]
                .getValue()).isEqualTo(false);
    }

    @Test
    void theNetworkMonitorSeesPlantReadsButNotExerciseReads() throws Exception {
        anonymous.readValue(0, TimestampsToReturn.Both, OpcUaTestClients.tagNode(anonymous, "T1.TT101"));

        var traffic = ExerciseJson.traffic(text(anonymous, ExerciseAddress.TRAFFIC));
        assertThat(traffic).anySatisfy(t -> assertThat(t.address()).contains("T1.TT101"));
        assertThat(traffic).noneSatisfy(t -> assertThat(t.address()).contains("Exercise."));
    }

    private static void assertAccepted(CallMethodResult result) {
        assertThat(result.getStatusCode().isGood()).as(result.getStatusCode().toString()).isTrue();
        assertThat(result.getOutputArguments()[0].getValue()).as((String) result.getOutputArguments()[1].getValue())
                .isEqualTo(true);
    }

    static CallMethodResult call(OpcUaClient client, String method, Object... inputs) throws Exception {
        Variant[] values = new Variant[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = new Variant(inputs[i]);
        }
        var request = new CallMethodRequest(node(client, ExerciseAddress.FOLDER), node(client, method), values);
        return client.call(List.of(request)).getResults()[0];
    }

    static DataValue read(OpcUaClient client, String variable) throws Exception {
        return client.readValue(0, TimestampsToReturn.Both, node(client, variable));
    }

    static String text(OpcUaClient client, String variable) throws Exception {
        DataValue value = read(client, variable);
        assertThat(value.getStatusCode()).isEqualTo(StatusCode.GOOD);
        return (String) value.getValue().getValue();
    }

    static NodeId node(OpcUaClient client, String id) {
        return new NodeId(client.getNamespaceTable().getIndex(ExerciseAddress.NAMESPACE_URI), id);
    }
}
