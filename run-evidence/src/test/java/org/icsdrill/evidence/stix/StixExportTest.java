package org.icsdrill.evidence.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.Tlp;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.RecordedRun;
import org.icsdrill.evidence.trainees.ReviewFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review fixture's exercise (three attacks on the chemical plant, two trainees) with an approved incident
 * report, written as STIX 2.1 in both views: valid, deterministic, the trainees' view holding only what they
 * declared and did, and read back as the same incident, techniques and times.
 */
class StixExportTest {

    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void play() throws Exception {
        try (RecordedRun run = new RecordedRun(dir, ReviewFixture.SCENARIO)) {
            run.simulation.advance(Duration.ofSeconds(200));
            ExerciseRecord record = run.record();
            record.declare(35, "bob", "chemical", null, "T0855", "someone wrote the set point");
            record.declare(42, "alice", "chemical", null, "T0836", "set point moved without a work order");
            record.declare(125, "bob", "chemical", null, "T0855", "level set point written from 127.0.0.66");
            record.declare(140, "bob", "gas", null, null, "nothing on gas, just checking");
            record.action(50, "alice", ResponseAction.RESTORE_PARAMETERS, "chemical", "plant chemical");
            record.action(160, "bob", ResponseAction.ISOLATE_HOST, "127.0.0.66", "");
            record.incidentReport(150, "alice", new IncidentReport("反応器の供給流量の設定値が書き換えられた",
                    "冷却の限界近くで運転", IncidentReport.Determination.SUCCESSFUL_ATTEMPT, Tlp.AMBER,
                    IncidentReport.PhysicalImpact.NONE, 20), "ja");
            record.incidentReport(190, "alice", new IncidentReport("反応器の供給流量と液位の設定値が外部から書き換えられた",
                    "SIS が停止させた", IncidentReport.Determination.SUCCESSFUL_ATTEMPT, Tlp.GREEN,
                    IncidentReport.PhysicalImpact.NONE, 100), "ja");
        }
        file = dir.resolve(ExerciseRecord.FILE);
    }

    private static JsonNode bundle(StixOptions options) throws Exception {
        try (RecordReader record = RecordReader.open(file)) {
            return new ObjectMapper().readTree(StixExport.json(record, options));
        }
    }

    @Test
    void bothViewsAreValidStix21AndTheSameEveryTime() throws Exception {
        for (StixView view : StixView.values()) {
            JsonNode bundle = bundle(StixOptions.of(view));
            assertThat(StixRules.problems(bundle)).as(view.id()).isEmpty();
            assertThat(bundle(StixOptions.of(view))).as("deterministic").isEqualTo(bundle);
        }
    }

    @Test
    void theTraineesViewHoldsOnlyWhatTheyDeclaredDidAndApproved() throws Exception {
        JsonNode bundle = bundle(StixOptions.of(StixView.TRAINEES));
        SharedIncident read = StixReadBack.read(bundle);
        assertThat(read.techniques()).extracting(SharedIncident.TechniqueTime::id)
                .containsExactly("T0855", "T0836"); // declared; not T0880, which ran undeclared
        assertThat(read.count("sighting")).isEqualTo(4);
        assertThat(read.count("course-of-action")).isEqualTo(2);
        assertThat(read.indicatorPatterns()).contains("[ipv4-addr:value = '127.0.0.66']");
        assertThat(read.determination()).isEqualTo("successful-attempt");
        assertThat(read.tlp()).isEqualTo("TLP:GREEN"); // the last report approved
        assertThat(read.lang()).isEqualTo("ja");
        assertThat(read.description()).startsWith("反応器の供給流量と液位");
        assertThat(read.published()).isEqualTo("2026-01-15T09:03:10.000Z");
        String text = bundle.toString();
        assertThat(text).doesNotContain("setpoint", "rogue-write", "trip-limit", "T0880", "Review <b>test</b>",
                "instructor", "restore_parameters:chemical", "campaign");
    }

    @Test
    void theTruthViewIsTheAnswerKey() throws Exception {
        SharedIncident read = StixReadBack.read(bundle(StixOptions.of(StixView.TRUTH)));
        assertThat(read.techniques()).extracting(SharedIncident.TechniqueTime::id)
                .containsExactly("T0836", "T0855", "T0880");
        assertThat(read.techniques().get(0).start()).isEqualTo("2026-01-15T09:00:30.000Z");
        assertThat(read.techniques().get(0).stop()).contains("2026-01-15T09:01:30.000Z");
        assertThat(read.determination()).isEqualTo("successful-attempt");
        assertThat(read.tlp()).isEqualTo("TLP:CLEAR");
        assertThat(read.name()).isEqualTo("Review <b>test</b> & more");
        assertThat(read.count("course-of-action")).as("the expected responses").isEqualTo(2);
        assertThat(read.count("sighting")).as("the attacks the trainees detected").isEqualTo(2);
    }

    @Test
    void aBundleReadBackIsTheSameIncidentTechniquesAndTimes() throws Exception {
        try (RecordReader record = RecordReader.open(file)) {
            JsonNode bundle = new ObjectMapper().readTree(StixExport.json(record, StixOptions.of(StixView.TRAINEES)));
            SharedIncident read = StixReadBack.read(bundle);
            assertThat(read.incidentId()).isEqualTo(bundle.path("objects").get(2).path("id").asText());
            assertThat(read.techniques()).extracting(t -> t.id() + "@" + t.start()).containsExactly(
                    "T0855@2026-01-15T09:00:35.000Z", "T0836@2026-01-15T09:00:42.000Z");
            assertThat(read.name()).isEqualTo("chemical プラント, gas プラント のインシデント");
        }
    }

    @Test
    void theAfterActionReportShowsBothBundlesSideBySide() throws Exception {
        for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, java.util.Locale.JAPANESE)) {
            java.io.StringWriter html = new java.io.StringWriter();
            try (RecordReader record = RecordReader.open(file)) {
                org.icsdrill.evidence.report.AfterActionReport.write(record, language, html);
            }
            String section = html.toString().substring(html.toString().indexOf("<section id=\"sharing\""));
            section = section.substring(0, section.indexOf("</section>"));
            assertThat(section).as(language.toString()).contains("TLP:GREEN", "TLP:CLEAR",
                    "T0855 Unauthorized Command Message (09:00:35)", "T0880 Loss of Safety (09:02:50)", "alice",
                    "successful-attempt");
        }
    }

    @Test
    void anonymisedItNamesNeitherTheOrganisationNorThePeople() throws Exception {
        JsonNode bundle = bundle(new StixOptions(StixView.TRAINEES, "Kawasaki Chemical", true, Optional.of(Tlp.RED),
                false));
        assertThat(StixRules.problems(bundle)).isEmpty();
        assertThat(bundle.toString()).doesNotContain("alice", "bob", "Kawasaki").contains("訓練者 1", "TLP:RED");
        JsonNode named = bundle(new StixOptions(StixView.TRAINEES, "Kawasaki Chemical", false, Optional.empty(),
                false));
        assertThat(named.toString()).contains("Kawasaki Chemical", "alice");
    }

    @Test
    void withoutAnApprovedReportTheTraineesViewIsOnlyADraft(@TempDir Path other) throws Exception {
        try (RecordedRun run = new RecordedRun(other, ReviewFixture.SCENARIO)) {
            run.simulation.advance(Duration.ofSeconds(40));
            run.record().declare(35, "bob", "chemical", null, "T0836", "set point");
        }
        try (RecordReader record = RecordReader.open(other.resolve(ExerciseRecord.FILE))) {
            assertThatThrownBy(() -> StixExport.json(record, StixOptions.of(StixView.TRAINEES)))
                    .isInstanceOf(StixException.class).hasMessageContaining("approved no incident report");
            JsonNode draft = new ObjectMapper().readTree(StixExport.json(record,
                    new StixOptions(StixView.TRAINEES, "", false, Optional.empty(), true)));
            assertThat(StixRules.problems(draft)).isEmpty();
            assertThat(StixReadBack.read(draft).tlp()).isEqualTo("TLP:RED");
            assertThat(draft.toString()).contains("not approved for sharing");
        }
    }

    @Test
    void theRulesCatchWhatTheSchemasAndTheHandChecksAreFor() throws Exception {
        JsonNode bundle = bundle(StixOptions.of(StixView.TRUTH));
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) bundle.path("objects").get(2).deepCopy();
        broken.put("created", "2026-01-15T09:00:30Z").put("BadName", "x").putArray("labels");
        broken.put("created_by_ref", "identity--00000000-0000-4000-8000-000000000000");
        broken.remove("name");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("extensions").path(StixBundle.INCIDENT_CORE))
                .put("determination", "maybe");
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) bundle.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) copy.path("objects")).set(2, broken);
        List<String> problems = StixRules.problems(copy);
        assertThat(String.join("\n", problems)).contains("not to the millisecond", "not lower snake_case",
                "an empty list", "not in the bundle", "required property 'name'", "incident core extension",
                "determination");
    }
}
