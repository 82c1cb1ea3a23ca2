package org.icsdrill.scenario.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icsdrill.api.InjectText;
import org.icsdrill.api.ScenarioText;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A console started with {@code --lang ja} shows every bundled scenario in Japanese: title, briefing,
 * instructor notes and every inject card. The Japanese notes keep the English notes' facts as written:
 * each tag, address, ATT&CK id and number in the English is also in the Japanese.
 */
class BundledTranslationsTest {

    /** A name as the notes write it: R1.FIC101.SP, SIS.TT201, TT101, GEN.CB_CMD, but also SIS or HMI (see tags). */
    private static final Pattern TAG = Pattern.compile(
            "(?<![A-Za-z0-9_.])[A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*(?![A-Za-z0-9_]|\\.[A-Za-z0-9])");
    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![0-9]|\\.[0-9])");
    private static final Pattern TECHNIQUE = Pattern.compile("(?<![A-Za-z0-9])T0\\d{3}(?![0-9])");
    /** 125, 0.55, 18.9, 10:00; not the 1 in R1 or Z1. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9_.])\\d+(?:[.:]\\d+)*(?![A-Za-z0-9_]|[.:][0-9])");

    static List<String> names() {
        return BundledScenarios.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theHeaderIsInJapanese(String name) {
        Scenario scenario = load(name);
        assertThat(scenario.translations()).as(name).containsKey("ja");
        ScenarioText ja = scenario.translations().get("ja");
        assertThat(ja.title()).as(name + ": ja title").isNotBlank();
        assertThat(ja.briefing()).as(name + ": ja briefing").isNotBlank();
        assertThat(ja.instructorNotes()).as(name + ": ja instructor_notes").isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyInjectIsInJapaneseWithItsQuestions(String name) {
        Scenario scenario = load(name);
        for (Step step : scenario.steps()) {
            if (step.action() instanceof Action.Inject inject) {
                String what = name + ": inject \"" + inject.text() + "\"";
                assertThat(inject.translations()).as(what).containsKey("ja");
                InjectText ja = inject.translations().get("ja");
                assertThat(ja.text()).as(what + " in ja").isNotBlank();
                assertThat(ja.questions()).as(what + ": ja questions").hasSameSizeAs(inject.questions())
                        .allSatisfy(q -> assertThat(q).isNotBlank());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theJapaneseNotesKeepTheEnglishNotesFacts(String name) {
        Scenario scenario = load(name);
        String en = scenario.instructorNotes();
        String ja = scenario.translations().get("ja").instructorNotes();
        assertThat(tags(en)).as(name + ": tags named in the English notes").isNotEmpty();
        assertThat(tags(ja)).as(name + ": tags in the Japanese notes").containsAll(tags(en));
        assertThat(all(IPV4, ja)).as(name + ": addresses in the Japanese notes").containsAll(all(IPV4, en));
        assertThat(all(TECHNIQUE, ja)).as(name + ": ATT&CK ids in the Japanese notes")
                .containsAll(all(TECHNIQUE, en));
        assertThat(all(NUMBER, ja)).as(name + ": numbers in the Japanese notes").containsAll(all(NUMBER, en));
    }

    @Test
    void theFactsAreFoundAsWritten() {
        String notes = "Oldsmar analogue (T0855 from 127.0.0.66). At 10:00 R1.FIC101.SP goes from 100 to 125 L/min,"
                + " Z1.HV to Z4.HV = 0, SIS.TT201 disagrees with TT101 (Modbus FC43/14); AT101 reads 0.55.";
        assertThat(tags(notes)).containsExactly("R1.FIC101.SP", "Z1.HV", "Z4.HV", "SIS.TT201", "TT101",
                "FC43", "AT101");
        assertThat(all(IPV4, notes)).containsExactly("127.0.0.66");
        assertThat(all(TECHNIQUE, notes)).containsExactly("T0855");
        assertThat(all(NUMBER, notes)).containsExactly("127.0.0.66", "10:00", "100", "125", "0", "14", "0.55");
        assertThat(tags("10:00 に R1.FIC101.SP が 100 から（SIS.TT201 と TT101）。"))
                .containsExactly("R1.FIC101.SP", "SIS.TT201", "TT101");
        assertThat(all(NUMBER, "約 54 %、約 215 kPa（AT101 は 0.50 から）"))
                .containsExactly("54", "215", "0.50");
    }

    private static Scenario load(String name) {
        return BundledScenarios.load(name).orElseThrow().scenario();
    }

    /**
     * Upper-case names with a digit, a dot or an underscore: tags (and function codes like FC43), not acronyms;
     * ATT&CK ids are checked on their own.
     */
    private static Set<String> tags(String text) {
        Set<String> tags = all(TAG, text);
        tags.removeIf(t -> !t.matches(".*[0-9._].*") || TECHNIQUE.matcher(t).matches());
        return tags;
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
