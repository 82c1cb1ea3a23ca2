package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The STIX facts copied from MITRE's ATT&CK for ICS data keep their shape (each technique and attribution an
 * object id of its type, distinct, dated to the millisecond, techniques with ATT&CK for ICS tactics), and the
 * incident report the trainees approve takes only the Incident Core Extension's and TLP 2.0's values.
 */
class StixFactsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final String MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final Set<String> TACTICS = Set.of("initial-access", "execution", "persistence",
            "privilege-escalation", "evasion", "discovery", "lateral-movement", "collection", "command-and-control",
            "inhibit-response-function", "impair-process-control", "impact");

    @Test
    void everyTechniqueHasMitresAttackPatternItsTacticsAndDates() {
        Set<String> ids = new HashSet<>();
        for (Technique t : Techniques.all()) {
            assertThat(t.stixId()).as(t.id()).matches("attack-pattern--" + UUID);
            assertThat(ids.add(t.stixId())).as(t.id() + " has its own object").isTrue();
            assertThat(t.tactics()).as(t.id()).isNotEmpty().allMatch(TACTICS::contains);
            assertThat(List.of(t.created(), t.modified())).as(t.id()).allMatch(d -> d.matches(MILLIS));
            assertThat(t.modified().compareTo(t.created())).as(t.id()).isGreaterThanOrEqualTo(0);
        }
        Technique t0855 = Techniques.require("T0855");
        assertThat(t0855.stixId()).isEqualTo("attack-pattern--40b300ba-f553-48bf-862e-9471b220d455");
        assertThat(t0855.tactics()).containsExactly("impair-process-control");
        assertThat(t0855.url()).isEqualTo("https://attack.mitre.org/techniques/T0855");
    }

    @Test
    void everyAttributionIsMitresMalwareOrCampaign() {
        for (String id : Attributions.ids()) {
            Attributions.Entry e = Attributions.find(id).orElseThrow();
            assertThat(e.stixId()).matches((id.startsWith("C") ? "campaign--" : "malware--") + UUID);
            assertThat(List.of(e.created(), e.modified())).allMatch(d -> d.matches(MILLIS));
        }
        assertThat(Attributions.find("S0603").orElseThrow().url()).isEqualTo("https://attack.mitre.org/software/S0603");
        assertThat(Attributions.find("C0028").orElseThrow().stixType()).isEqualTo("campaign");
    }

    @Test
    void theReportTakesTheExtensionsAndTlpsWordsOnly() {
        IncidentReport report = IncidentReport.parse("written from 127.0.0.66", "", "successful-attempt",
                "TLP:AMBER+STRICT", "damaged-functional", 25);
        assertThat(report.tlp()).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(report.criticality()).isEqualTo(50);
        assertThat(Tlp.AMBER_STRICT.markingId()).isEqualTo("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
        assertThat(IncidentReport.addressesIn("from 127.0.0.66 and 127.0.0.66, not 1.2.3.4.5 nor 999.1.1.1"))
                .containsExactly("127.0.0.66");
        assertThatThrownBy(() -> IncidentReport.parse("x", "", "confirmed", "amber", "none", 0))
                .isInstanceOfSatisfying(ExerciseRefusal.class, e -> assertThat(e.result().code())
                        .isEqualTo(ResultCode.INVALID_INCIDENT_REPORT));
        assertThatThrownBy(() -> IncidentReport.parse(" ", "", "suspected", "amber", "none", 0))
                .isInstanceOfSatisfying(ExerciseRefusal.class, e -> assertThat(e.result().code())
                        .isEqualTo(ResultCode.INCIDENT_REPORT_EMPTY));
        assertThatThrownBy(() -> IncidentReport.parse("x", "", "suspected", "amber", "none", 101))
                .isInstanceOf(ExerciseRefusal.class);
    }
}
