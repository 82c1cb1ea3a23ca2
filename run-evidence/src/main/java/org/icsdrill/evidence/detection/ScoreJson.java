package org.icsdrill.evidence.detection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The score as JSON for machines: snake_case keys, times ISO-8601 UTC, durations in seconds,
 * ratios as numbers, {@code null} where a value is undefined (e.g. time to detect of a missed attack).
 */
public final class ScoreJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreJson() {
    }

    public static String write(RunScore score) {
        ObjectNode root = JSON.createObjectNode();
        root.put("run", score.run().toString());
        ObjectNode alerts = root.putObject("alerts");
        alerts.put("file", score.alerts().file().toString());
        alerts.put("format", score.alerts().format());
        alerts.put("count", score.alerts().alerts().size());
        alerts.put("other_events_skipped", score.alerts().otherEvents());
        alerts.put("outside_run", score.alertsOutsideRun());
        ObjectNode clock = alerts.putObject("clock");
        clock.put("clock", score.clock().clock().id());
        clock.put("chosen_by", score.clock().chosenBy().id());
        clock.put("matched_to_transactions", score.clock().matched());
        clock.put("interpolated", score.clock().interpolated());

        ObjectNode parameters = root.putObject("parameters");
        parameters.put("tolerance_seconds", seconds(score.tolerance()));
        parameters.put("theta_p", score.etapr().parameters().thetaP());
        parameters.put("theta_r", score.etapr().parameters().thetaR());
        parameters.put("delta", score.etapr().parameters().delta());

        ObjectNode labels = root.putObject("labels");
        labels.put("start", score.labels().start().toString());
        labels.put("end", score.labels().end().toString());
        labels.put("seconds", score.labels().seconds());
        labels.put("attack_seconds", score.labels().attackSeconds());

        ArrayNode attacks = root.putArray("attacks");
        for (AttackDetection detection : score.detections()) {
            AttackWindow attack = detection.attack();
            ObjectNode node = attacks.addObject();
            node.put("id", attack.id());
            node.put("kind", attack.kind());
            node.put("technique", attack.technique());
            node.put("technique_name", attack.techniqueName());
            node.put("start", attack.start().toString());
            node.put("end", attack.end().toString());
            node.put("detected", detection.detected());
            detection.timeToDetect().ifPresentOrElse(d -> node.put("time_to_detect_seconds", seconds(d)),
                    () -> node.putNull("time_to_detect_seconds"));
            node.put("alerts_in_window", detection.alertsInWindow());
            detection.firstAlert().ifPresentOrElse(alert -> {
                ObjectNode first = node.putObject("first_alert");
                first.put("time", alert.time().toString());
                alert.wallTime().ifPresent(w -> first.put("wall_time", w.toString()));
                first.put("line", alert.line());
                alert.signature().ifPresent(s -> first.put("signature", s));
                alert.signatureId().ifPresent(s -> first.put("signature_id", s));
                alert.sourceIp().ifPresent(s -> first.put("src_ip", s));
                alert.destinationPort().ifPresent(p -> first.put("dest_port", p));
                alert.attackId().ifPresent(s -> first.put("attack_id", s));
            }, () -> node.putNull("first_alert"));
        }

        ObjectNode totals = root.putObject("detection");
        totals.put("attacks", score.detections().size());
        totals.put("detected", score.detectedCount());
        totals.put("missed", score.detections().size() - score.detectedCount());
        score.meanTimeToDetectSeconds().ifPresentOrElse(m -> totals.put("mean_time_to_detect_seconds", m),
                () -> totals.putNull("mean_time_to_detect_seconds"));

        PointwiseScore p = score.pointwise();
        ObjectNode pointwise = root.putObject("pointwise");
        pointwise.put("true_positives", p.truePositives());
        pointwise.put("false_positives", p.falsePositives());
        pointwise.put("false_negatives", p.falseNegatives());
        pointwise.put("true_negatives", p.trueNegatives());
        pointwise.put("precision", p.precision());
        pointwise.put("recall", p.recall());
        pointwise.put("f1", p.f1());

        EtaprScore e = score.etapr();
        ObjectNode etapr = root.putObject("etapr");
        etapr.put("etap", e.precision());
        etapr.put("etap_detection", e.precisionDetection());
        etapr.put("etap_portion", e.precisionPortion());
        etapr.put("etar", e.recall());
        etapr.put("etar_detection", e.recallDetection());
        etapr.put("etar_portion", e.recallPortion());
        etapr.put("f1", e.f1());
        etapr.put("attack_ranges", e.anomalies().size());
        etapr.put("prediction_ranges", e.predictions().size());
        etapr.put("detected_attack_ranges", e.detectedAnomalies().size());
        etapr.put("correct_prediction_ranges", e.correctPredictions().size());

        FalseAlarmScore f = score.falseAlarms();
        ObjectNode falseAlarms = root.putObject("false_alarms");
        falseAlarms.put("alerts", f.falseAlarms());
        falseAlarms.put("alert_seconds", f.falseAlarmSeconds());
        falseAlarms.put("normal_seconds", f.normalSeconds());
        if (Double.isNaN(f.perHour())) {
            falseAlarms.putNull("per_hour");
        } else {
            falseAlarms.put("per_hour", f.perHour());
        }
        // alerts while a plant suffered another plant's attack or fault: apart from true and false positives
        ObjectNode impacted = root.putObject("impacted");
        impacted.put("alerts", f.impactAlerts());
        impacted.put("seconds", f.impactSeconds());

        ArrayNode warnings = root.putArray("warnings");
        score.warnings().forEach(warnings::add);
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e1) {
            throw new UncheckedIOException(e1);
        }
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }
}
