package org.icsdrill.evidence.trainees;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.icsdrill.evidence.detection.TextTable;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.scenario.model.ExpectedAction;

/** The trainees' score as text for people: the team's attacks and responses, the outcome, one line per trainee. */
public final class ExerciseScoreSummary {

    private ExerciseScoreSummary() {
    }

    public static String format(ExerciseScore score) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("Scenario ").append(score.scenarioId());
        if (!score.scenarioTitle().isEmpty()) {
            text.append(": ").append(score.scenarioTitle());
        }
        text.append(nl);
        TraineeScore team = score.team();
        text.append("Team: ").append(totals(team)).append(nl).append(nl);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"attack", "technique", "start", "expected", "detected by", "time to detect", "on time",
            "plant", "technique named"});
        for (DetectionResult d : team.detections()) {
            rows.add(new String[] {d.attack().id(), d.attack().technique(), ReviewTimes.clock(d.attack().start()),
                d.expected().map(e -> ReviewTimes.span(e.within().toMillis() / 1000.0)
                        + (e.technique() ? " +technique" : "")).orElse("-"),
                d.detectedBy().map(Declaration::trainee).orElse("MISSED"),
                span(d.timeToDetect()), d.onTime().map(ExerciseScoreSummary::yes).orElse("-"),
                yes(d.plantNamed()), yes(d.techniqueNamed())});
        }
        TextTable.append(text, rows, nl);
        if (!team.responses().isEmpty()) {
            text.append(nl);
            rows.clear();
            rows.add(new String[] {"response to", "within", "accepted", "first action", "time to respond", "on time"});
            for (ResponseResult r : team.responses()) {
                rows.add(new String[] {r.attack().id(), ReviewTimes.span(r.expected().within().toMillis() / 1000.0),
                    r.expected().actions().isEmpty() ? "any" : String.join(",", r.expected().actions().stream()
                            .map(ExpectedAction::toString).toList()),
                    r.first().map(a -> a.trainee() + " " + a.action()).orElse("NONE"),
                    span(r.timeToRespond()), yes(r.onTime())});
            }
            TextTable.append(text, rows, nl);
        }
        for (Declaration d : team.wrong()) {
            text.append("Wrong declaration at ").append(ReviewTimes.clock(d.plantTime())).append(" by ")
                    .append(d.trainee()).append(": ").append(d.place()).append(d.attackId().map(a -> " " + a).orElse(""))
                    .append(d.technique().map(t -> " " + t).orElse("")).append(nl);
        }
        if (!score.notRun().isEmpty()) {
            text.append("Expected but never started: ").append(String.join(", ", score.notRun())).append(nl);
        }
        score.chain().ifPresent(c -> text.append(chain(c)).append(nl));
        text.append(nl).append(outcome(score.outcome())).append(nl);
        for (TraineeScore trainee : score.trainees()) {
            text.append("Trainee ").append(trainee.trainee().orElse("")).append(": ").append(totals(trainee))
                    .append(nl);
        }
        return text.toString();
    }

    private static String totals(TraineeScore s) {
        StringBuilder text = new StringBuilder();
        text.append("detected ").append(s.detected()).append(" of ").append(s.detections().size()).append(" attacks");
        if (s.expectedDetections() > 0) {
            text.append(" (").append(s.detectedOnTime()).append(" of ").append(s.expectedDetections())
                    .append(" expected in time)");
        }
        s.meanTimeToDetect().ifPresent(m -> text.append(", mean time to detect ").append(ReviewTimes.span(m)));
        if (!s.responses().isEmpty()) {
            text.append("; responded in time to ").append(s.respondedOnTime()).append(" of ")
                    .append(s.responses().size());
        }
        text.append("; ").append(s.wrong().size()).append(" wrong declaration").append(s.wrong().size() == 1 ? "" : "s")
                .append(" of ").append(s.declarations()).append("; ").append(s.actions()).append(" action")
                .append(s.actions() == 1 ? "" : "s");
        return text.toString();
    }

    private static String outcome(Outcome o) {
        if (!o.statusRecorded()) {
            return "Outcome: trips and damage not recorded (record format 1); "
                    + ReviewTimes.minutes(o.minutesOutOfLimits()) + " plant-minutes out of limits";
        }
        StringBuilder text = new StringBuilder("Outcome: ");
        List<String> damage = new ArrayList<>();
        o.plants().forEach(p -> p.damage().ifPresent(d -> damage.add(p.plant() + " at "
                + ReviewTimes.clock(d.plantTime()) + " (" + d.damage().orElse("") + ")")));
        text.append(damage.isEmpty() ? "no damage" : "DAMAGE " + String.join("; ", damage));
        text.append(", ").append(o.trips()).append(" trip").append(o.trips() == 1 ? "" : "s");
        text.append(", ").append(ReviewTimes.minutes(o.minutesOutOfLimits())).append(" plant-minutes out of limits");
        if (o.limits().noDamage() || o.limits().noTrip()) {
            text.append("; limits:");
            if (o.limits().noDamage()) {
                text.append(" no damage ").append(o.noDamageKept() ? "kept" : "BROKEN");
            }
            if (o.limits().noTrip()) {
                text.append(o.limits().noDamage() ? "," : "").append(" no trip ").append(o.noTripKept() ? "kept" : "BROKEN");
            }
        }
        return text.toString();
    }

    /** {@code Kill chain: 2 stage(s) reached (usb, rootkit); stopped at project 15m after the first stage; ...}. */
    private static String chain(ChainOutcome c) {
        return "Kill chain: " + c.stagesReached().size() + " stage(s) reached (" + String.join(", ", c.stagesReached())
                + "); " + c.stopped().map(s -> "stopped at " + s.stage() + " " + span(c.timeToContain())
                        + " after the first stage").orElse("not stopped")
                + "; " + (c.intoControlZone() ? "into a control or the safety zone" : "kept out of the control zones")
                + "; " + (c.plantReached() ? "a plant reached" : "no plant reached" + (c.avoided().isEmpty() ? ""
                        : ", never ran: " + String.join(", ", c.avoided().stream().map(a -> a.id()).toList())))
                + "; detected " + (c.timeToDetect().isPresent() ? span(c.timeToDetect()) + " after the first stage"
                        : "never");
    }

    private static String span(OptionalDouble seconds) {
        return seconds.isPresent() ? ReviewTimes.span(seconds.getAsDouble()) : "-";
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
}
