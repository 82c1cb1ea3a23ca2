package org.icsdrill.evidence.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.evidence.record.InstructorNote;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.trainees.ExerciseScore;
import org.icsdrill.evidence.trainees.TraineeScorer;

/**
 * Writes the after-action report of an exercise record as one self-contained HTML file: no script,
 * no external style sheet, font or image; charts are inline SVG. Every text from the scenario, the
 * trainees or the instructor is escaped. docs/decisions/0011 says why it is made this way.
 */
public final class AfterActionReport {

    private AfterActionReport() {
    }

    /** The record's language ({@code meta.language}) when the report has texts for it, else English. */
    public static Locale defaultLanguage(RecordReader record) {
        String language = record.meta().getOrDefault("language", "");
        return ReportTexts.LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }

    /** Scores the trainees and writes the report; returns the score it shows. */
    public static ExerciseScore write(RecordReader record, Locale language, Writer out) throws IOException {
        ExerciseScore score = TraineeScorer.score(record);
        write(record, score, language, out);
        return score;
    }

    public static void write(RecordReader record, ExerciseScore score, Locale language, Writer out)
            throws IOException {
        Map<String, String> meta = record.meta();
        ReportTexts texts = ReportTexts.load(language);
        ReportContext c = new ReportContext(record, meta, score, texts, record.startTime(), endTime(record, meta));
        HtmlBuilder html = new HtmlBuilder();
        String title = meta.getOrDefault("scenario_title", "");
        html.raw("<!DOCTYPE html>\n<html lang=\"" + texts.locale().getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", null, texts.get("report.title") + (title.isEmpty() ? "" : " — " + title))
                .raw("<style>\n" + ReportStyle.CSS + "</style>\n</head>\n<body>\n");
        header(html, c, title);
        briefing(html, c);
        SummarySection.write(html, c);
        TechniqueSection.write(html, c);
        KillChainSection.write(html, c);
        ChartSection.write(html, c);
        TimelineSection.write(html, c);
        AlarmLoadSection.write(html, c);
        IncidentSection.write(html, c);
        notes(html, c);
        html.element("footer", null, texts.get("text.footer", meta.getOrDefault("icsdrill_version", "")));
        html.raw("</body>\n</html>\n");
        out.write(html.toString());
        out.flush();
    }

    private static double endTime(RecordReader record, Map<String, String> meta) {
        try {
            return Double.parseDouble(meta.get("end_plant_time"));
        } catch (NullPointerException | NumberFormatException e) {
            return record.plants().stream().map(record::historianRange).filter(java.util.Optional::isPresent)
                    .mapToDouble(r -> r.get()[1] + 1).max().orElse(0);
        }
    }

    private static void header(HtmlBuilder html, ReportContext c, String title) {
        ReportTexts t = c.texts();
        Map<String, String> meta = c.meta();
        html.raw("<header>\n").element("p", "kicker", t.get("report.title"))
                .element("h1", null, title.isEmpty() ? meta.getOrDefault("scenario_id", "") : title);
        html.raw("<dl class=\"facts\">\n");
        fact(html, t.get("header.scenario"), meta.getOrDefault("scenario_id", ""));
        fact(html, t.get("header.start"), c.start().toString());
        fact(html, t.get("header.duration"), c.plantTime(c.endTime()));
        fact(html, t.get("header.plants"), meta.getOrDefault("plants", "").replace(",", ", "));
        fact(html, t.get("header.seed"), meta.getOrDefault("seed", ""));
        fact(html, t.get("header.speed"), meta.getOrDefault("speed", ""));
        fact(html, t.get("header.record"), c.record().closedCleanly() ? t.get("header.recordClosed")
                : t.get("header.recordCut"));
        fact(html, t.get("header.generated"), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString());
        html.raw("</dl>\n</header>\n");
    }

    private static void fact(HtmlBuilder html, String name, String value) {
        html.element("dt", null, name).element("dd", null, value);
    }

    private static void briefing(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        html.section("briefing", t.get("section.briefing"));
        String description = c.meta().getOrDefault("scenario_description", "");
        if (!description.isBlank()) {
            html.p(description.strip());
        }
        String briefing = c.meta().getOrDefault("briefing", "");
        html.prose(briefing.isBlank() ? t.get("text.noBriefing") : briefing.strip());
        html.endSection();
    }

    private static void notes(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        html.section("notes", t.get("section.notes"));
        html.element("h3", null, t.get("section.scenarioNotes"));
        String notes = c.meta().getOrDefault("instructor_notes", "");
        html.prose(notes.isBlank() ? t.get("text.noScenarioNotes") : notes.strip());
        html.element("h3", null, t.get("section.exerciseNotes"));
        var rows = c.record().instructorNotes();
        if (rows.isEmpty()) {
            html.p(t.get("text.noNotes"));
        } else {
            html.table(null, t.get("col.time"), t.get("col.clock"), t.get("col.author"), t.get("col.text"));
            for (InstructorNote n : rows) {
                html.row(c.plantTime(n.plantTime()), c.clock(n.plantTime()), n.author() == null ? "" : n.author(),
                        new Html.Raw("<div class=\"prose\">" + Html.escape(n.text()) + "</div>"));
            }
            html.endTable();
        }
        html.endSection();
    }
}
