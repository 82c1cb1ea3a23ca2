package org.icsdrill.evidence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.trainees.ReviewFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of {@link ReviewFixture}: its sections, a chart per attacked tag, Japanese, escaping. */
class AfterActionReportTest {

    @TempDir
    static Path dir;
    static Path file;
    static String english;
    static String japanese;

    @BeforeAll
    static void play() throws Exception {
        file = ReviewFixture.play(dir);
        english = report(Locale.ENGLISH);
        japanese = report(Locale.JAPANESE);
    }

    private static String report(Locale language) throws Exception {
        StringWriter out = new StringWriter();
        try (RecordReader record = RecordReader.open(file)) {
            AfterActionReport.write(record, language, out);
        }
        return out.toString();
    }

    @Test
    void theReportHasItsSectionsInOrder() {
        assertThat(english).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").endsWith("</html>\n");
        assertThat(english).containsSubsequence("<section id=\"briefing\">", "<section id=\"summary\">",
                "<section id=\"techniques\">", "<section id=\"charts\">", "<section id=\"timeline\">",
                "<section id=\"alarms\">", "<section id=\"notes\">");
        assertThat(english).contains("<h2>Alarm load (ISA-18.2)</h2>").containsPattern(
                "\\d+ alarms raised, [\\d.]+ per 10 minutes on average");
        assertThat(english).contains("<h2>Scores</h2>", "<h3>Detection</h3>", "<h3>Response</h3>",
                "<h3>Trainees</h3>", "<h3>Plant outcome</h3>", "<h2>Timeline</h2>", "<h2>Instructor notes</h2>");
    }

    @Test
    void itIsSelfContained() {
        assertThat(english).doesNotContain("<script", "<link", "<img", "src=\"http", "href=\"http", "@import");
    }

    @Test
    void everyAttackedTagHasAnSvgChart() {
        Matcher figures = Pattern.compile("<figure class=\"chart\">\\s*<figcaption>([^<]*)</figcaption>\\s*<svg id='"
                + "(chart\\d+)'").matcher(english);
        StringBuilder captions = new StringBuilder();
        int n = 0;
        while (figures.find()) {
            captions.append(figures.group(1)).append('\n');
            n++;
        }
        assertThat(n).isEqualTo(3);
        assertThat(captions).contains("chemical.R1.FIC101.SP", "chemical.R1.LIC101.SP", "chemical.SIS.TSHH201");
        assertThat(english.split("<svg ", -1)).hasSize(4);
        assertThat(english).contains("<path d='M").contains("true value").contains("operator view (network)");
    }

    @Test
    void theScoresAndTheTimelineShowWhatTheTraineesDid() {
        assertThat(english).contains("<td>alice (00:00:42)</td><td>12s</td>");
        assertThat(english).contains("<td>bob (00:02:05)</td><td>5s</td>");
        assertThat(english).contains("restore_parameters chemical — alice (00:00:50)");
        assertThat(english).contains("T0836", "Modify Parameter", "T0880", "Loss of Safety");
        assertThat(english).contains("inject-1 Q1: Anything unusual? → no");
        assertThat(english).contains("never").contains("The scenario asks for no trip:");
        assertThat(english).contains("<td>00:00:42</td><td>09:00:42</td>");
    }

    @Test
    void scenarioTraineeAndInstructorTextIsEscaped() {
        assertThat(english).doesNotContain("<script>alert", "<img src=x", "<b>test</b>", "<b>bold</b>");
        assertThat(english).contains("Day shift. &lt;script&gt;alert(&#39;briefing&#39;)&lt;/script&gt;");
        assertThat(english).contains("&lt;img src=x onerror=alert(&#39;declaration&#39;)&gt;");
        assertThat(english).contains("<h1>Review &lt;b&gt;test&lt;/b&gt; &amp; more</h1>");
        assertThat(english).contains("&lt;b&gt;bold&lt;/b&gt; &amp; not bold").contains("Alice saw it\nfirst.");
    }

    @Test
    void theJapaneseReportHasJapaneseHeadings() {
        assertThat(japanese).contains("<html lang=\"ja\">", "<h2>評価</h2>", "<h3>検知</h3>", "<h2>タイムライン</h2>",
                "<h2>インストラクターのメモ</h2>", "真値", "オペレータの表示");
        assertThat(japanese).doesNotContain("<h2>Scores</h2>");
        assertThat(japanese.split("<svg ", -1)).hasSize(4);
    }

    @Test
    void theDefaultLanguageIsTheRecordsElseEnglish() {
        try (RecordReader record = RecordReader.open(file)) {
            assertThat(AfterActionReport.defaultLanguage(record)).isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void htmlEscapingCoversTheFiveCharacters() {
        assertThat(Html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.badge("bad", "<x>").html()).isEqualTo("<span class=\"badge bad\">&lt;x&gt;</span>");
    }

    @Test
    void aLongRunIsThinnedToTheMinimumAndMaximumOfEachSlice() {
        java.util.List<RecordReader.Sample> samples = new java.util.ArrayList<>();
        for (int s = 0; s < 86_400; s++) {
            samples.add(new RecordReader.Sample(s, s == 40_000 ? 99 : 0, s == 50_000 ? -5 : 1));
        }
        var view = TagChart.thin("view", samples, false);
        var truth = TagChart.thin("true", samples, true);
        assertThat(view.getItemCount()).isLessThanOrEqualTo(2 * TagChart.BUCKETS);
        assertThat(view.getMaxY()).as("the spike survives").isEqualTo(99);
        assertThat(truth.getMinY()).isEqualTo(-5);
    }
}
