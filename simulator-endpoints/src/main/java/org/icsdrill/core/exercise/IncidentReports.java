package org.icsdrill.core.exercise;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.ResultCode;
import org.icsdrill.api.TimelineEntry;

/**
 * The trainees' approval of the incident report they would send to their ISAC: on the exercise's timeline
 * (the desk sees it beside the ground truth) and told to its listeners (the record keeps it,
 * {@code incident_report}), with the language its words are in.
 */
final class IncidentReports {

    private IncidentReports() {
    }

    static ExerciseResult approve(double plantTime, Actor actor, IncidentReport report, String language,
                                  List<ExerciseListener> listeners, Consumer<TimelineEntry> timeline) {
        String lang = language(language);
        timeline.accept(new TimelineEntry(plantTime, TimelineEntry.Kind.REPORT_APPROVED, actor.user(), "",
                report.tlp().label(), report.determination().id()));
        listeners.forEach(l -> l.onIncidentReport(plantTime, actor, report, lang));
        return ExerciseResult.done(ResultCode.INCIDENT_REPORT_APPROVED, report.tlp().label(),
                report.determination().id());
    }

    /** An RFC 5646 primary language ({@code ja}, {@code en}) as STIX's {@code lang} takes it; English otherwise. */
    static String language(String language) {
        String lang = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        return lang.matches("[a-z]{2,3}") ? lang : "en";
    }
}
