package org.icsdrill.evidence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.LimitExcursion;
import org.icsdrill.evidence.trainees.DetectionResult;
import org.icsdrill.evidence.trainees.ExerciseScore;
import org.icsdrill.evidence.trainees.Outcome;
import org.icsdrill.evidence.trainees.PlantOutcome;
import org.icsdrill.evidence.trainees.ResponseResult;
import org.icsdrill.evidence.trainees.ReviewTimes;
import org.icsdrill.evidence.trainees.TraineeScore;
import org.icsdrill.evidence.trainees.TraineeScorer;
import org.icsdrill.scenario.model.ExpectedAction;

/** The trainees' scores: headline figures, the team's detections and responses, each trainee, the outcome. */
final class SummarySection {

    private SummarySection() {
    }

    static void write(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        ExerciseScore score = c.score();
        TraineeScore team = score.team();
        html.section("summary", t.get("section.summary"));
        headline(html, c);

        html.element("h3", null, t.get("section.detection"));
        if (team.detections().isEmpty()) {
            html.p(t.get("text.noAttacks"));
        } else {
            html.table(null, t.get("col.attack"), t.get("col.technique"), t.get("col.start"),
                    t.get("col.expected"), t.get("col.detectedBy"), t.get("col.timeToDetect"), t.get("col.onTime"),
                    t.get("col.plantNamed"), t.get("col.techniqueNamed"));
            for (DetectionResult d : team.detections()) {
                html.row(d.attack().id(), d.attack().technique(), c.plantTime(d.attack().start()),
                        d.expected().map(e -> e.technique()
                                ? t.get("value.withTechnique", c.span(e.within().toMillis() / 1000.0))
                                : c.span(e.within().toMillis() / 1000.0)).orElse(t.get("value.notExpected")),
                        d.detectedBy().map(x -> (Object) (x.trainee() + " (" + c.plantTime(x.plantTime()) + ")"))
                                .orElse(Html.badge("bad", t.get("value.missed"))),
                        span(c, d.timeToDetect()),
                        d.onTime().map(o -> (Object) verdict(t, o)).orElse("-"),
                        t.yesNo(d.plantNamed()), t.yesNo(d.techniqueNamed()));
            }
            html.endTable();
        }
        if (!score.notRun().isEmpty()) {
            html.p(t.get("text.notRun", String.join(", ", score.notRun())));
        }

        html.element("h3", null, t.get("section.response"));
        if (team.responses().isEmpty()) {
            html.p(t.get("text.noResponses"));
        } else {
            html.table(null, t.get("col.attack"), t.get("col.expected"), t.get("col.accepted"),
                    t.get("col.firstAction"), t.get("col.timeToRespond"), t.get("col.onTime"));
            for (ResponseResult r : team.responses()) {
                html.row(r.attack().id(), c.span(r.expected().within().toMillis() / 1000.0),
                        r.expected().actions().isEmpty() ? t.get("value.any") : String.join(", ",
                                r.expected().actions().stream().map(ExpectedAction::toString).toList()),
                        r.first().map(a -> (Object) (a.action() + " " + nonNull(a.target()) + " — " + a.trainee()
                                + " (" + c.plantTime(a.plantTime()) + ")")).orElse(Html.badge("bad",
                                t.get("value.none"))),
                        span(c, r.timeToRespond()), verdict(t, r.onTime()));
            }
            html.endTable();
        }

        if (!team.wrong().isEmpty()) {
            html.element("h3", null, t.get("section.wrong"));
            html.p(t.get("text.wrong", ReviewTimes.span(TraineeScorer.RECENT_SECONDS)));
            html.table(null, t.get("col.time"), t.get("col.trainee"), t.get("col.plant"), t.get("col.attack"),
                    t.get("col.technique"), t.get("col.text"));
            for (Declaration d : team.wrong()) {
                html.row(c.plantTime(d.plantTime()), d.trainee(), nonNull(d.place()), d.attackId().orElse(""),
                        d.technique().orElse(""), nonNull(d.text()));
            }
            html.endTable();
        }

        html.element("h3", null, t.get("section.trainees"));
        if (score.trainees().isEmpty()) {
            html.p(t.get("text.noTrainees"));
        } else {
            html.table(null, t.get("col.trainee"), t.get("col.declarations"), t.get("col.wrong"),
                    t.get("col.detected"), t.get("col.detectedOnTime"), t.get("col.meanTimeToDetect"),
                    t.get("col.actions"), t.get("col.respondedOnTime"));
            for (TraineeScore s : score.trainees()) {
                html.row(s.trainee().orElse(""), s.declarations(), s.wrong().size(),
                        s.detected() + " / " + s.detections().size(),
                        s.detectedOnTime() + " / " + s.expectedDetections(), span(c, s.meanTimeToDetect()),
                        s.actions(), s.respondedOnTime() + " / " + s.responses().size());
            }
            html.endTable();
        }

        outcome(html, c, score.outcome());
        html.endSection();
    }

    private static void headline(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        TraineeScore team = c.score().team();
        Outcome o = c.score().outcome();
        html.raw("<div class=\"kpis\">\n");
        kpi(html, t.get("kpi.detected"), team.detected() + " / " + team.detections().size(),
                team.detected() == team.detections().size());
        if (team.expectedDetections() > 0) {
            kpi(html, t.get("kpi.detectedOnTime"), team.detectedOnTime() + " / " + team.expectedDetections(),
                    team.detectedOnTime() == team.expectedDetections());
        }
        if (!team.responses().isEmpty()) {
            kpi(html, t.get("kpi.respondedOnTime"), team.respondedOnTime() + " / " + team.responses().size(),
                    team.respondedOnTime() == team.responses().size());
        }
        kpi(html, t.get("kpi.wrong"), Integer.toString(team.wrong().size()), team.wrong().isEmpty());
        kpi(html, t.get("kpi.damage"), o.statusRecorded() ? t.yesNo(o.damaged()) : "?", !o.damaged());
        kpi(html, t.get("kpi.trips"), o.statusRecorded() ? Integer.toString(o.trips()) : "?", o.trips() == 0);
        kpi(html, t.get("kpi.outOfLimits"), ReviewTimes.minutes(o.minutesOutOfLimits()),
                o.minutesOutOfLimits() == 0);
        html.raw("</div>\n");
    }

    private static void kpi(HtmlBuilder html, String label, String value, boolean good) {
        html.raw("<div class=\"kpi " + (good ? "good" : "bad") + "\"><div class=\"value\">" + Html.escape(value)
                + "</div><div class=\"label\">" + Html.escape(label) + "</div></div>\n");
    }

    private static void outcome(HtmlBuilder html, ReportContext c, Outcome o) {
        ReportTexts t = c.texts();
        html.element("h3", null, t.get("section.outcome"));
        if (!o.statusRecorded()) {
            html.p(t.get("text.statusNotRecorded"));
        }
        html.table(null, t.get("col.plant"), t.get("col.trips"), t.get("col.damage"), t.get("col.outOfLimits"),
                t.get("col.excursions"));
        for (PlantOutcome p : o.plants()) {
            List<String> excursions = new ArrayList<>();
            for (LimitExcursion e : p.excursions()) {
                excursions.add(e.tag().name() + " " + ReviewTimes.span(e.seconds()));
            }
            html.row(p.plant(), o.statusRecorded() ? Integer.toString(p.trips()) : "?",
                    p.damage().map(d -> (Object) Html.badge("bad", c.plantTime(d.plantTime()) + " "
                            + d.damage().orElse(""))).orElse(o.statusRecorded() ? t.get("value.none") : "?"),
                    ReviewTimes.minutes(p.secondsOutOfLimits() / 60.0), String.join(", ", excursions));
        }
        html.endTable();
        if (o.limits().noDamage()) {
            html.raw("<p>").raw(Html.escape(t.get("text.limitNoDamage")) + " ")
                    .raw(Html.badge(o.noDamageKept() ? "good" : "bad", t.get(o.noDamageKept() ? "value.kept"
                            : "value.broken")).html()).raw("</p>\n");
        }
        if (o.limits().noTrip()) {
            html.raw("<p>").raw(Html.escape(t.get("text.limitNoTrip")) + " ")
                    .raw(Html.badge(o.noTripKept() ? "good" : "bad", t.get(o.noTripKept() ? "value.kept"
                            : "value.broken")).html()).raw("</p>\n");
        }
    }

    private static Html.Raw verdict(ReportTexts t, boolean ok) {
        return Html.badge(ok ? "good" : "bad", t.yesNo(ok));
    }

    private static String span(ReportContext c, OptionalDouble seconds) {
        return seconds.isPresent() ? c.span(seconds.getAsDouble()) : "-";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
