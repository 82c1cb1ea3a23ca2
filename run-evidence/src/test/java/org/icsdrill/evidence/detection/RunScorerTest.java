package org.icsdrill.evidence.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.icsdrill.core.output.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores hand-built alert files against the fixture run in {@code score/run}: 20 plant-seconds from
 * 09:00:00Z, three attacks (end exclusive, as the labels count them):
 * <pre>
 * second  0 1 2 3 | 4 5 6 7 | 8 9 10 11 | 12 13 14 15 | 16 17 | 18 19
 * attack  0 0 0 0 | 1 1 1 1 | 0 0 0  0  | 1  1  1  1  | 0  0  | 1  1
 *                   scan                  write                 spoof
 * </pre>
 * 10 attack seconds, 10 normal seconds. The EVE file holds a flow and a stats event (skipped) and
 * four alerts at 02.5 s, 05.25 s, 06.1 s and 17.0 s.
 */
class RunScorerTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RunScorerTest.class.getResource("/score/" + name).toURI());
    }

    private RunScore scoreEve(Duration tolerance) throws Exception {
        return RunScorer.score(resource("run"), resource("alerts.eve.json"),
                ScoreOptions.DEFAULTS.withTolerance(tolerance));
    }

    @Test
    void readsTheRunAndSkipsEveEventsThatAreNotAlerts() throws Exception {
        RunScore score = scoreEve(Duration.ZERO);

        assertThat(score.labels().start()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(score.labels().seconds()).isEqualTo(20);
        assertThat(score.labels().attackSeconds()).isEqualTo(10);
        assertThat(score.detections()).extracting(d -> d.attack().id()).containsExactly("scan", "write", "spoof");
        assertThat(score.alerts().format()).isEqualTo("eve");
        assertThat(score.alerts().alerts()).hasSize(4);
        assertThat(score.alerts().otherEvents()).isEqualTo(2);
        Alert first = score.alerts().alerts().get(0);
        assertThat(first.time()).isEqualTo(Instant.parse("2026-01-15T09:00:02.5Z"));
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.signature()).contains("Modbus write from engineering workstation");
        assertThat(first.signatureId()).contains(9000001L);
        assertThat(first.sourceIp()).contains("127.0.0.20");
        assertThat(first.destinationPort()).contains(5021);
        assertThat(score.alertsOutsideRun()).isZero();
    }

    @Test
    void detectionAndTimeToDetectWithoutTolerance() throws Exception {
        RunScore score = scoreEve(Duration.ZERO);

        // scan [04 s, 08 s]: first alert 05.25 s -> detected, TTD 1.25 s; the 06.1 s alert makes 2 in window.
        // write [12 s, 16 s]: no alert (17 s is after the end) -> missed. spoof [18 s, 20 s]: none -> missed.
        assertThat(score.detections().get(0).detected()).isTrue();
        assertThat(score.detections().get(0).timeToDetect()).contains(Duration.ofMillis(1250));
        assertThat(score.detections().get(0).alertsInWindow()).isEqualTo(2);
        assertThat(score.detections().get(1).detected()).isFalse();
        assertThat(score.detections().get(1).timeToDetect()).isEmpty();
        assertThat(score.detections().get(2).detected()).isFalse();
        assertThat(score.detectedCount()).isEqualTo(1);
        assertThat(score.meanTimeToDetectSeconds().getAsDouble()).isCloseTo(1.25, within(EPS));
    }

    @Test
    void toleranceExtendsTheWindowPastTheEnd() throws Exception {
        RunScore score = scoreEve(Duration.ofSeconds(2));

        // write's window becomes [12 s, 18 s]: the 17 s alert detects it, TTD 17 - 12 = 5 s.
        // spoof's window [18 s, 22 s] still holds no alert. Mean TTD (1.25 + 5) / 2 = 3.125 s.
        assertThat(score.detections().get(1).timeToDetect()).contains(Duration.ofSeconds(5));
        assertThat(score.detections().get(2).detected()).isFalse();
        assertThat(score.meanTimeToDetectSeconds().getAsDouble()).isCloseTo(3.125, within(EPS));
    }

    @Test
    void aLongRunsCompressedLabelsAndCompressedAlertsScoreTheSame() throws Exception {
        // a long run writes labels.csv.zst (ADR 23): the scorer finds it by the plain name
        Path run = Files.createDirectories(dir.resolve("long-run"));
        try (OutputStream out = Compression.create(run.resolve("labels.csv.zst"))) {
            Files.copy(resource("run").resolve("labels.csv"), out);
        }
        Files.copy(resource("run").resolve("attacks.jsonl"), run.resolve("attacks.jsonl"));

        Path alerts = dir.resolve("alerts.eve.json.gz"); // an alert file kept compressed is read by its name too
        try (OutputStream out = Compression.create(alerts)) {
            Files.copy(resource("alerts.eve.json"), out);
        }
        RunScore compressed = RunScorer.score(run, alerts, ScoreOptions.DEFAULTS);
        RunScore plain = scoreEve(Duration.ZERO);
        assertThat(compressed.alerts().format()).isEqualTo("eve");
        assertThat(compressed.labels().seconds()).isEqualTo(20);
        assertThat(compressed.labels().attackSeconds()).isEqualTo(10);
        assertThat(compressed.pointwise()).isEqualTo(plain.pointwise());
        assertThat(compressed.detections()).extracting(d -> d.attack().id() + " " + d.timeToDetect())
                .isEqualTo(plain.detections().stream().map(d -> d.attack().id() + " " + d.timeToDetect()).toList());
    }

    @Test
    void anAlertExactlyAtTheEndStillDetects() throws Exception {
        // the window is closed at both ends: [start, end + tolerance]
        Path alerts = Files.writeString(dir.resolve("end.csv"), "2026-01-15T09:00:16Z\n");
        RunScore score = RunScorer.score(resource("run"), alerts, ScoreOptions.DEFAULTS);

        assertThat(score.detections().get(1).timeToDetect()).contains(Duration.ofSeconds(4));
    }

    @Test
    void pointwisePrecisionRecallF1OverPlantSeconds() throws Exception {
        PointwiseScore p = scoreEve(Duration.ZERO).pointwise();

        // predicted seconds {2, 5, 6, 17}; attack seconds {4..7, 12..15, 18, 19}
        // TP {5, 6} = 2, FP {2, 17} = 2, FN 10 - 2 = 8, TN 20 - 2 - 2 - 8 = 8
        // precision 2/4 = 0.5, recall 2/10 = 0.2, F1 2 * 0.5 * 0.2 / 0.7 = 0.285714...
        assertThat(p).isEqualTo(new PointwiseScore(2, 2, 8, 8));
        assertThat(p.precision()).isCloseTo(0.5, within(EPS));
        assertThat(p.recall()).isCloseTo(0.2, within(EPS));
        assertThat(p.f1()).isCloseTo(0.2 / 0.7, within(EPS));
    }

    @Test
    void etaprOfTheFixture() throws Exception {
        EtaprScore e = scoreEve(Duration.ZERO).etapr();

        // attacks A0 [4,7], A1 [12,15], A2 [18,19]; predictions P0 [2,2], P1 [5,6], P2 [17,17]
        // only S(0,1) = |[4,7] ∩ [5,6]| = 2; row share 2/4 = 0.5 >= theta_r 0.1, column share 2/2 = 1 >= theta_p 0.5:
        // nothing pruned.
        // recall: p = (0.5, 0, 0), d = (1, 0, 0): eTaR_d = 1/3, eTaR_p = 0.5/3, eTaR = (1 * 1.5 / 2) / 3 = 0.25
        // precision: weights (1, √2, 1), q = (0, 1, 0), c = (0, 1, 0):
        // eTaP = √2 * (1 + 1)/2 / (2 + √2) = √2 - 1 = 0.414214; eTaP_d = eTaP_p = √2 - 1
        double etap = Math.sqrt(2) - 1;
        assertThat(e.anomalies()).containsExactly(new SecondRange(4, 7), new SecondRange(12, 15),
                new SecondRange(18, 19));
        assertThat(e.predictions()).containsExactly(new SecondRange(2, 2), new SecondRange(5, 6),
                new SecondRange(17, 17));
        assertThat(e.recall()).isCloseTo(0.25, within(EPS));
        assertThat(e.recallDetection()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(e.recallPortion()).isCloseTo(0.5 / 3, within(EPS));
        assertThat(e.precision()).isCloseTo(etap, within(EPS));
        assertThat(e.precisionDetection()).isCloseTo(etap, within(EPS));
        assertThat(e.precisionPortion()).isCloseTo(etap, within(EPS));
        // F1 = 2 * 0.25 * 0.414214 / (0.25 + 0.414214) = 0.311808
        assertThat(e.f1()).isCloseTo(2 * 0.25 * etap / (0.25 + etap), within(EPS));
        assertThat(e.detectedAnomalies()).containsExactly(0);
        assertThat(e.correctPredictions()).containsExactly(1);
    }

    @Test
    void falseAlarmsPerHourOfNormalOperation() throws Exception {
        // tolerance 0: normal seconds are the 10 labelled 0; false alarms: the alerts at 02.5 s and 17 s
        // -> 2 / (10 / 3600 h) = 720 per hour
        FalseAlarmScore none = scoreEve(Duration.ZERO).falseAlarms();
        assertThat(none).isEqualTo(new FalseAlarmScore(2, 2, 10));
        assertThat(none.perHour()).isCloseTo(720.0, within(EPS));

        // tolerance 2 s: the tails [8, 10) of scan and [16, 18) of write leave normal time (10 - 4 = 6 s) and the
        // 17 s alert is inside write's window -> 1 / (6 / 3600 h) = 600 per hour
        FalseAlarmScore two = scoreEve(Duration.ofSeconds(2)).falseAlarms();
        assertThat(two).isEqualTo(new FalseAlarmScore(1, 1, 6));
        assertThat(two.perHour()).isCloseTo(600.0, within(EPS));
    }

    @Test
    void csvAlertsWithAndWithoutAttackIds() throws Exception {
        Path alerts = Files.writeString(dir.resolve("alerts.csv"), """
                timestamp,attack_id
                2026-01-15T09:00:02.5Z,
                2026-01-15T09:00:05.25Z,scan
                2026-01-15T09:00:13+00:00,scan
                2026-01-15T09:00:19Z,nope
                """);
        RunScore score = RunScorer.score(resource("run"), alerts, ScoreOptions.DEFAULTS);

        assertThat(score.alerts().format()).isEqualTo("csv");
        assertThat(score.alerts().alerts()).extracting(Alert::line).containsExactly(2, 3, 4, 5);
        // scan: 05.25 s names scan -> TTD 1.25 s. write: the 13 s alert lies in its window but names scan -> missed.
        // spoof: the 19 s alert names an unknown attack -> missed, and a warning.
        assertThat(score.detections()).extracting(AttackDetection::detected).containsExactly(true, false, false);
        assertThat(score.detections().get(0).timeToDetect()).contains(Duration.ofMillis(1250));
        assertThat(score.warnings()).singleElement().asString().contains("nope");
        // attribution does not matter point-wise: predicted {2, 5, 13, 19} -> TP 3, FP 1, FN 7, TN 9;
        // precision 0.75, recall 0.3, F1 2 * 0.75 * 0.3 / 1.05 = 0.428571...
        assertThat(score.pointwise()).isEqualTo(new PointwiseScore(3, 1, 7, 9));
        assertThat(score.pointwise().f1()).isCloseTo(0.45 / 1.05, within(EPS));
        // one false alarm (02.5 s) in 10 normal seconds -> 360 per hour; 13 s and 19 s are attack seconds
        assertThat(score.falseAlarms().perHour()).isCloseTo(360.0, within(EPS));
    }

    @Test
    void aCsvWithoutHeaderAndAlertsOutsideTheRun() throws Exception {
        Path alerts = Files.writeString(dir.resolve("plain.csv"), """
                2026-01-15T08:59:59Z
                2026-01-15T09:00:04
                2026-01-15T09:00:20Z
                """);
        RunScore score = RunScorer.score(resource("run"), alerts, ScoreOptions.DEFAULTS);

        // 08:59:59 is before the run and 09:00:20 is the end (exclusive) of the labelled span: 2 outside.
        // A timestamp without offset is UTC: 09:00:04 detects scan at once (TTD 0), and spoof's window [18 s, 20 s]
        // is closed, so 09:00:20 detects spoof with TTD 2 s although it lies outside the labelled seconds.
        assertThat(score.alertsOutsideRun()).isEqualTo(2);
        assertThat(score.detections().get(0).timeToDetect()).contains(Duration.ZERO);
        assertThat(score.detections().get(2).timeToDetect()).contains(Duration.ofSeconds(2));
        assertThat(score.pointwise()).isEqualTo(new PointwiseScore(1, 0, 9, 10));
        assertThat(score.falseAlarms().falseAlarms()).isZero();
    }

    @Test
    void noAlertsScoresZeroEverywhere() throws Exception {
        Path alerts = Files.writeString(dir.resolve("empty.csv"), "timestamp\n");
        RunScore score = RunScorer.score(resource("run"), alerts, ScoreOptions.DEFAULTS);

        assertThat(score.detectedCount()).isZero();
        assertThat(score.meanTimeToDetectSeconds()).isEmpty();
        assertThat(score.pointwise()).isEqualTo(new PointwiseScore(0, 0, 10, 10));
        assertThat(score.pointwise().precision()).isZero();
        assertThat(score.etapr().f1()).isZero();
        assertThat(score.falseAlarms().perHour()).isZero();
        assertThat(score.warnings()).singleElement().asString().contains("holds no alerts");
    }

    @Test
    void theJsonReportCarriesEveryMeasure() throws Exception {
        String json = ScoreJson.write(scoreEve(Duration.ZERO));

        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(root.path("attacks").get(0).path("id").asText()).isEqualTo("scan");
        assertThat(root.path("attacks").get(0).path("time_to_detect_seconds").asDouble()).isEqualTo(1.25);
        assertThat(root.path("attacks").get(0).path("first_alert").path("signature").asText()).isEqualTo("Modbus scan");
        assertThat(root.path("attacks").get(1).path("time_to_detect_seconds").isNull()).isTrue();
        assertThat(root.path("detection").path("detected").asInt()).isEqualTo(1);
        assertThat(root.path("pointwise").path("precision").asDouble()).isEqualTo(0.5);
        assertThat(root.path("etapr").path("etar").asDouble()).isCloseTo(0.25, within(EPS));
        assertThat(root.path("parameters").path("theta_p").asDouble()).isEqualTo(0.5);
        assertThat(root.path("false_alarms").path("per_hour").asDouble()).isCloseTo(720.0, within(EPS));
    }

    @Test
    void theSummaryHasATableAndOneLinePerMeasure() throws Exception {
        String text = ScoreSummary.format(scoreEve(Duration.ZERO));

        assertThat(text).contains("attack  technique  window", "scan    T0846      2026-01-15T09:00:04Z +4s  yes",
                "write   T0855      2026-01-15T09:00:12Z +4s  MISSED", "Detected 1 of 3 attacks, mean time to detect 1.25s",
                "precision 0.500  recall 0.200  F1 0.286", "eTaP 0.414  eTaR 0.250  F1 0.312",
                "False alarms: 2 alerts (2 seconds) outside attacks in 0.00 h of normal operation: 720.00 per hour");
    }

    @Test
    void anAlertHeldForSeveralSecondsMarksEachOfThem() throws Exception {
        // one alert inside the "write" attack (seconds 12-15): alone it marks second 12; held 3 s it
        // marks 12, 13 and 14, all attack seconds, so TP 3 and still no false positive
        Path alerts = Files.writeString(dir.resolve("one.csv"), "2026-01-15T09:00:12.500Z\n");
        RunScore once = RunScorer.score(resource("run"), alerts, ScoreOptions.DEFAULTS);
        RunScore held = RunScorer.score(resource("run"), alerts,
                ScoreOptions.DEFAULTS.withAlertHold(Duration.ofSeconds(3)));

        assertThat(once.pointwise().truePositives()).isEqualTo(1);
        assertThat(held.pointwise().truePositives()).isEqualTo(3);
        assertThat(held.pointwise().falsePositives()).isZero();
        assertThat(held.etapr().recall()).isGreaterThan(once.etapr().recall());
    }
}
