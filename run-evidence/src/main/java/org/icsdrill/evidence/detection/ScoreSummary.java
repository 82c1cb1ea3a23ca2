package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icsdrill.scenario.load.DurationFormat;

/** The score as text for people: the run, a table of the attacks, then one line per measure. */
public final class ScoreSummary {

    private ScoreSummary() {
    }

    public static String format(RunScore score) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        LabelSeries labels = score.labels();
        text.append("Run ").append(score.run()).append(": ").append(labels.start()).append(" to ").append(labels.end())
                .append(", ").append(labels.seconds()).append(" plant-seconds, ").append(labels.attackSeconds())
                .append(" under attack").append(nl);
        AlertFile alerts = score.alerts();
        text.append("Alerts ").append(alerts.file()).append(" (").append(alerts.format()).append("): ")
                .append(count(alerts.alerts().size(), "alert"));
        if (alerts.otherEvents() > 0) {
            text.append(", ").append(count(alerts.otherEvents(), "other event")).append(" skipped");
        }
        text.append(", ").append(score.alertsOutsideRun()).append(" outside the run").append(nl);
        text.append("Alert clock: ").append(score.clock().describe()).append(nl);
        text.append("Tolerance ").append(DurationFormat.format(score.tolerance())).append(" after each attack's end")
                .append(nl).append(nl);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"attack", "technique", "window", "detected", "time to detect"});
        for (AttackDetection d : score.detections()) {
            AttackWindow a = d.attack();
            rows.add(new String[] {a.id(), a.technique(),
                a.start() + " +" + DurationFormat.format(a.duration()),
                d.detected() ? "yes" : "MISSED",
                d.timeToDetect().map(ScoreSummary::duration).orElse("-")});
        }
        TextTable.append(text, rows, nl);
        text.append(nl);

        text.append("Detected ").append(score.detectedCount()).append(" of ")
                .append(count(score.detections().size(), "attack"));
        score.meanTimeToDetectSeconds().ifPresent(m -> text.append(", mean time to detect ")
                .append(duration(Duration.ofMillis(Math.round(m * 1000)))));
        text.append(nl);

        PointwiseScore p = score.pointwise();
        text.append(String.format(Locale.ROOT, "Point-wise (plant-seconds): precision %.3f  recall %.3f  F1 %.3f"
                + "  (TP %d, FP %d, FN %d, TN %d)", p.precision(), p.recall(), p.f1(), p.truePositives(),
                p.falsePositives(), p.falseNegatives(), p.trueNegatives())).append(nl);

        EtaprScore e = score.etapr();
        EtaprParameters ep = e.parameters();
        text.append(String.format(Locale.ROOT, "eTaPR (theta_p %s, theta_r %s, delta %s): eTaP %.3f  eTaR %.3f"
                + "  F1 %.3f  (eTaP_d %.3f, eTaP_p %.3f, eTaR_d %.3f, eTaR_p %.3f)", number(ep.thetaP()),
                number(ep.thetaR()), number(ep.delta()), e.precision(), e.recall(), e.f1(), e.precisionDetection(),
                e.precisionPortion(), e.recallDetection(), e.recallPortion())).append(nl);

        FalseAlarmScore f = score.falseAlarms();
        text.append(String.format(Locale.ROOT, "False alarms: %s (%s) outside attacks in %.2f h of normal"
                + " operation: %s per hour", count(f.falseAlarms(), "alert"), count(f.falseAlarmSeconds(), "second"),
                f.normalHours(), Double.isNaN(f.perHour()) ? "n/a" : String.format(Locale.ROOT, "%.2f", f.perHour())))
                .append(nl);
        if (f.impactSeconds() > 0) {
            text.append(String.format(Locale.ROOT, "On impacted plants: %s in %s outside attacks while a plant"
                    + " deviated because of another plant's attack or fault (labels.csv <plant>_impact): neither"
                    + " true nor false positives", count(f.impactAlerts(), "alert"), count(f.impactSeconds(),
                    "plant-second"))).append(nl);
        }
        score.warnings().forEach(w -> text.append("Warning: ").append(w).append(nl));
        return text.toString();
    }

    /** Under a minute to the millisecond ({@code 1.25s}), longer to the second ({@code 2m5s}). */
    static String duration(Duration d) {
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            String seconds = String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0).replaceAll("\\.?0+$", "");
            return seconds + "s";
        }
        return DurationFormat.format(Duration.ofSeconds(Math.round(d.toMillis() / 1000.0)));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
