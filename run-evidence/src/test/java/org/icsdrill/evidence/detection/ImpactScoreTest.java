package org.icsdrill.evidence.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coupled run's labels: the gas plant attacked in seconds 2 to 4, the power plant impacted (deviating because
 * of it) in seconds 3 to 7, so seconds 5 to 7 are neither attack nor normal operation. An alert there is on an
 * impacted plant: counted apart, not a false alarm.
 */
class ImpactScoreTest {

    @TempDir
    Path run;

    @Test
    void alertsOnAnImpactedPlantAreNeitherTrueNorFalsePositives() throws Exception {
        StringBuilder labels = new StringBuilder(
                "timestamp,attack,gas_attack,power_attack,gas_impact,power_impact,technique,step,stage\n");
        for (int s = 0; s < 10; s++) {
            int attack = s >= 2 && s < 5 ? 1 : 0;
            int impact = s >= 3 && s < 8 ? 1 : 0;
            labels.append(Instant.parse("2026-01-15T09:00:00Z").plusSeconds(s)).append(',').append(attack).append(',')
                    .append(attack).append(",0,0,").append(impact).append(',').append(attack == 1 ? "T0880" : "")
                    .append(',').append(attack == 1 ? "limit" : "").append(",\n");
        }
        Files.writeString(run.resolve("labels.csv"), labels);
        Files.writeString(run.resolve("attacks.jsonl"), "{\"id\":\"limit\",\"kind\":\"loss_of_safety\","
                + "\"technique\":\"T0880\",\"start\":\"2026-01-15T09:00:02Z\",\"end\":\"2026-01-15T09:00:05Z\","
                + "\"plants\":[\"gas\"],\"downstream\":[\"power\"]}\n");
        Path alerts = run.resolve("alerts.csv");
        Files.writeString(alerts, "timestamp\n2026-01-15T09:00:03Z\n2026-01-15T09:00:06Z\n2026-01-15T09:00:07.5Z\n"
                + "2026-01-15T09:00:09Z\n");

        RunScore score = RunScorer.score(run, alerts, ScoreOptions.DEFAULTS.withTolerance(Duration.ZERO));

        assertThat(score.labels().isImpact(6)).isTrue();
        assertThat(score.detectedCount()).isEqualTo(1);
        assertThat(score.falseAlarms()).isEqualTo(new FalseAlarmScore(1, 1, 4, 2, 3));
        assertThat(ScoreSummary.format(score)).contains("False alarms: 1 alert (1 second) outside attacks",
                "On impacted plants: 2 alerts in 3 plant-seconds outside attacks");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ScoreJson.write(score));
        assertThat(json.path("impacted").path("alerts").asInt()).isEqualTo(2);
        assertThat(json.path("impacted").path("seconds").asInt()).isEqualTo(3);
    }
}
