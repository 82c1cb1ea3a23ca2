package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.evidence.stix.SharedIncident;
import org.icsdrill.evidence.stix.StixReadBack;
import org.icsdrill.evidence.stix.StixRules;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 end to end: chemical-oldsmar played by a real simulator; an operator declares over OPC UA, isolates
 * the attacker and approves the incident report (TLP, determination, impacts, in Japanese); the record keeps
 * it, and 'icsdrill export --format stix' writes the trainees' bundle (valid STIX 2.1, only what they declared
 * and did) and the truth bundle.
 */
class IncidentReportDrillTest {

    @TempDir
    Path dir;

    @Test
    void whatTheTraineesApproveIsWhatTheBundleShares() throws Exception {
        Scenario scenario = BundledScenarios.load("chemical-oldsmar").orElseThrow().scenario();
        Path run = dir.resolve("run");
        try (SimulatorHost host = SimulatorHost.start(new RunOptions(List.of("chemical"), Speed.REAL_TIME, null,
                scenario.seed(), 0, 0, InetAddress.getLoopbackAddress(), dir.resolve("data")), h -> {
                    var context = new LiveEffectContext(h.simulation(), h.policy(), h.plantEndpoints(),
                            HostAddresses.defaults());
                    h.closeOnStop(ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, run, false)
                            .recordJournal(h.journal()).withExercise(h.exercise(), false));
                    h.driver().pause();
                })) {
            host.simulation().advance(Duration.ofMinutes(12)); // the set point was written at 10:00
            OpcUaClient operator = ExerciseClients.connect(host, host.opcUa().createdDefaultOperator().orElseThrow());
            try {
                assertThat(call(operator, ExerciseAddress.DECLARE_INCIDENT, "chemical", "T0855", "127.0.0.66",
                        "FIC101.SP が 125 に書き換えられた", "").getOutputArguments()[0].getValue()).isEqualTo(true);
                assertThat(call(operator, ExerciseAddress.RESPOND, "isolate_host", "", "127.0.0.66")
                        .getOutputArguments()[0].getValue()).isEqualTo(true);
                CallMethodResult refused = call(operator, ExerciseAddress.APPROVE_INCIDENT_REPORT, "書き換え", "",
                        "confirmed", "amber", "none", 10, "ja");
                assertThat(refused.getOutputArguments()[0].getValue()).isEqualTo(false);
                assertThat(refused.getOutputArguments()[2].getValue()).isEqualTo("invalidIncidentReport");
                CallMethodResult approved = call(operator, ExerciseAddress.APPROVE_INCIDENT_REPORT,
                        "外部から反応器の供給流量の設定値が書き換えられた", "冷却の余裕が減った", "successful-attempt",
                        "amber+strict", "none", 10, "ja");
                assertThat(approved.getOutputArguments()[0].getValue()).isEqualTo(true);
                assertThat(approved.getOutputArguments()[1].getValue().toString()).contains("TLP:AMBER+STRICT");
                // the desk sees the approval beside the ground truth, as it sees a declaration
                assertThat(host.exercise().timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.REPORT_APPROVED)
                        .singleElement().satisfies(e -> {
                            assertThat(e.what()).isEqualTo("TLP:AMBER+STRICT");
                            assertThat(e.detail()).isEqualTo("successful-attempt");
                        });
            } finally {
                operator.disconnect();
            }
        }

        Path trainees = dir.resolve("trainees.json");
        CliTest.Outcome o = CliTest.icsdrill("export", run.toString(), "--format", "stix", "--out", trainees.toString());
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode bundle = new ObjectMapper().readTree(Files.readString(trainees));
        assertThat(StixRules.problems(bundle)).isEmpty();
        SharedIncident shared = StixReadBack.read(bundle);
        assertThat(shared.techniques()).extracting(SharedIncident.TechniqueTime::id).containsExactly("T0855");
        assertThat(shared.tlp()).isEqualTo("TLP:AMBER+STRICT");
        assertThat(shared.lang()).isEqualTo("ja");
        assertThat(shared.indicatorPatterns()).contains("[ipv4-addr:value = '127.0.0.66']",
                "[network-traffic:src_ref.value = '127.0.0.66' AND network-traffic:protocols[*] = 'modbus']");
        assertThat(shared.count("observed-data")).as("the requests the network monitor showed").isEqualTo(1);
        assertThat(bundle.toString()).doesNotContain("feed-setpoint", "Oldsmar", "instructor");

        CliTest.Outcome truth = CliTest.icsdrill("export", run.toString(), "--format", "stix", "--view", "truth",
                "--anonymise");
        assertThat(truth.code()).as(truth.err()).isZero();
        JsonNode key = new ObjectMapper().readTree(truth.out());
        assertThat(StixRules.problems(key)).isEmpty();
        assertThat(StixReadBack.read(key).techniques()).extracting(SharedIncident.TechniqueTime::id)
                .containsExactly("T0855");
    }

    @Test
    void badArgumentsGiveTheUsageAndNoApprovalIsOneLine() {
        Path run = OldsmarRun.folder();
        CliTest.Outcome bad = CliTest.icsdrill("export", run.toString(), "--format", "stix", "--view", "everyone");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("expected trainees or truth", "Usage:").doesNotContain("\tat ");
        CliTest.Outcome csv = CliTest.icsdrill("export", run.toString(), "--view", "truth");
        assertThat(csv.code()).isEqualTo(2);
        assertThat(csv.err()).contains("are for --format stix");
        CliTest.Outcome unapproved = CliTest.icsdrill("export", run.toString(), "--format", "stix");
        assertThat(unapproved.code()).isEqualTo(1);
        assertThat(unapproved.err().strip()).startsWith("icsdrill export: the trainees approved no incident report")
                .doesNotContain("\n");
        CliTest.Outcome truth = CliTest.icsdrill("export", run.toString(), "--format", "stix", "--view", "truth",
                "--tlp", "green");
        assertThat(truth.code()).as(truth.err()).isZero();
        assertThat(truth.out()).contains("TLP:GREEN");
    }

    @Test
    void aToolsAlertsScoredAgainstTheTruthAreItsSightings() throws Exception {
        Path run = OldsmarRun.folder(); // the set point is written at 13:40:00
        Path alerts = dir.resolve("alerts.csv");
        Files.writeString(alerts, "timestamp\n2026-02-05T13:40:02Z\n2026-02-05T13:41:00Z\n");
        CliTest.Outcome o = CliTest.icsdrill("export", run.toString(), "--format", "stix", "--view", "truth",
                "--alerts", alerts.toString(), "--tool", "Suricata");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode bundle = new ObjectMapper().readTree(o.out());
        assertThat(StixRules.problems(bundle)).isEmpty();
        JsonNode tool = null;
        JsonNode sighting = null;
        for (JsonNode object : bundle.path("objects")) {
            if (object.path("identity_class").asText().equals("system")) {
                tool = object;
            }
            if (object.path("type").asText().equals("sighting") && object.path("description").asText()
                    .startsWith("Suricata")) {
                sighting = object;
            }
        }
        assertThat(tool).isNotNull();
        assertThat(tool.path("name").asText()).isEqualTo("Suricata");
        assertThat(sighting).isNotNull();
        assertThat(sighting.path("first_seen").asText()).isEqualTo("2026-02-05T13:40:02.000Z");
        assertThat(sighting.path("count").asInt()).isEqualTo(2);
        assertThat(sighting.path("where_sighted_refs").get(0).asText()).isEqualTo(tool.path("id").asText());

        CliTest.Outcome trainees = CliTest.icsdrill("export", run.toString(), "--format", "stix", "--draft",
                "--alerts", alerts.toString());
        assertThat(trainees.code()).isEqualTo(2);
        assertThat(trainees.err()).contains("goes with --view truth");
    }

    private static CallMethodResult call(OpcUaClient client, String method, Object... inputs) throws Exception {
        Variant[] values = new Variant[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = new Variant(inputs[i]);
        }
        return client.call(List.of(new CallMethodRequest(node(client, ExerciseAddress.FOLDER), node(client, method),
                values))).getResults()[0];
    }

    private static NodeId node(OpcUaClient client, String id) {
        return new NodeId(client.getNamespaceTable().getIndex(ExerciseAddress.NAMESPACE_URI), id);
    }
}
