package org.icsdrill.evidence.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsdrill.evidence.record.ActionTaken;
import org.icsdrill.evidence.record.AlarmChange;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.InjectAnswer;
import org.icsdrill.evidence.record.InstructorNote;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.StatusChange;

/**
 * Everything that happened in time order: the scenario's events (injects, attacks, faults), plants impacted
 * through their couplings and plant trips and damage (so a cascade reads top to bottom), alarms raised and acknowledged (the first {@link #ALARM_LIMIT}), the trainees'
 * declarations, actions and answers, and the instructor's notes.
 */
final class TimelineSection {

    /** Alarm changes shown; a flapping alarm would otherwise bury the rest. */
    static final int ALARM_LIMIT = 200;

    /** One line of the timeline; {@code kind} is also the CSS class of its label. */
    record Entry(double time, String kind, String who, Object what) {
    }

    private TimelineSection() {
    }

    static void write(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        RecordReader record = c.record();
        List<Entry> entries = new ArrayList<>();
        for (RecordReader.Event e : StageEvents.firstStops(record.events())) {
            entries.add(new Entry(e.plantTime(), e.type(), "", e.type().startsWith("impact_") ? impact(e, t) : event(e)));
        }
        Set<String> seen = new HashSet<>();
        for (StatusChange s : record.statusChanges()) {
            boolean first = seen.add(s.plant());
            if (!first || !"running".equals(s.status())) {
                entries.add(new Entry(s.plantTime(), "status", s.plant(),
                        t.get("status." + s.status()) + s.damage().map(d -> ": " + d).orElse("")));
            }
        }
        List<AlarmChange> alarms = record.alarms(ALARM_LIMIT, "raised", "acknowledged");
        for (AlarmChange a : alarms) {
            boolean raised = "raised".equals(a.type());
            entries.add(new Entry(a.plantTime(), raised ? "alarm" : "ack", raised ? a.plant() : a.user().orElse(""),
                    a.plant() + "." + a.tag() + (raised ? " " + a.level() + ": " + a.message() : "")));
        }
        Set<Declaration> wrong = new HashSet<>(c.score().team().wrong());
        for (Declaration d : record.declarations()) {
            String text = join(d.place(), d.attackId().orElse(null), d.technique().orElse(null))
                    + (d.text() == null || d.text().isEmpty() ? "" : ": " + d.text());
            entries.add(new Entry(d.plantTime(), "declaration", d.trainee(), wrong.contains(d)
                    ? new Html.Raw(Html.escape(text) + " " + Html.badge("bad", t.get("value.wrong")).html()) : text));
        }
        for (ActionTaken a : record.actions()) {
            entries.add(new Entry(a.plantTime(), "action", a.trainee(), join(a.action(), a.target(), null)
                    + (a.detail() == null || a.detail().isEmpty() ? "" : ": " + a.detail())));
        }
        for (InjectAnswer a : record.injectAnswers()) {
            entries.add(new Entry(a.plantTime(), "answer", a.trainee(), a.inject() + " Q" + (a.questionIndex() + 1)
                    + ": " + a.question() + " → " + a.answer()));
        }
        for (InstructorNote n : record.instructorNotes()) {
            entries.add(new Entry(n.plantTime(), "note", n.author(), n.text()));
        }
        entries.sort(Comparator.comparingDouble(Entry::time)); // stable: same time keeps the order above

        html.section("timeline", t.get("section.timeline"));
        html.table("timeline", t.get("col.time"), t.get("col.clock"), t.get("col.kind"), t.get("col.who"),
                t.get("col.what"));
        for (Entry e : entries) {
            html.row(c.plantTime(e.time()), c.clock(e.time()), Html.badge(e.kind(), t.get("kind." + e.kind())),
                    e.who() == null ? "" : e.who(), e.what());
        }
        html.endTable();
        long alarmChanges = record.alarmEventCounts().entrySet().stream()
                .filter(x -> !"cleared".equals(x.getKey())).mapToLong(x -> x.getValue()).sum();
        if (alarmChanges > alarms.size()) {
            html.p(t.get("text.moreAlarms", alarms.size(), alarmChanges));
        }
        html.endSection();
    }

    private static String event(RecordReader.Event e) {
        String id = e.stepId().orElse("");
        return switch (e.type()) {
            case "attack_started" -> id + " — " + e.kind().orElse("") + e.technique().map(x -> " (" + x + ")").orElse("");
            case "fault_started" -> id + " — " + e.kind().orElse("");
            case "stage_reached", "stage_blocked" -> id + e.technique().map(x -> " (" + x + ")").orElse("")
                    + e.text().map(x -> " — " + x).orElse("");
            case "inject", "checkpoint" -> e.text().orElse("");
            default -> join(id, e.text().orElse(null), null);
        };
    }

    /** A plant impacted through a coupling: {@code gas → power (fuel gas)}, the flow in the report's language. */
    private static String impact(RecordReader.Event e, ReportTexts t) {
        return e.text().orElse("") + e.kind().map(k -> " (" + t.get("medium." + k) + ")").orElse("");
    }

    private static String join(String a, String b, String c) {
        StringBuilder text = new StringBuilder(a == null ? "" : a);
        for (String part : new String[] {b, c}) {
            if (part != null && !part.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(part);
            }
        }
        return text.toString();
    }
}
