package org.icsdrill.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What only the instructor may know of the exercise ({@code Exercise.Desk}, instructor role): the
 * scenario's name and notes, what is coming, what the trainees are expected to detect and how to
 * answer, and the attacked tags live.
 *
 * @param scenarioId      empty when the plants run without a scenario
 * @param translations    the scenario's title, briefing and notes in other languages, by language
 * @param nextInjectAt    plant time of the next scripted inject, -1 when none is left
 * @param choosable       scenarios the instructor may still choose (before the drill starts, when the
 *                        simulator was started without one); empty otherwise
 * @param detect          the scenario's detection expectations
 * @param respond         the scenario's response expectations: an attack without one has no response
 * @param attackedTags    the target tags of the running attacks, true against shown
 * @param chain           how far the scenario's kill chain has got, {@link ChainProgress#NONE} without one
 */
public record DeskState(String scenarioId, String title, String instructorNotes,
                        Map<String, ScenarioText> translations, double nextInjectAt, List<String> choosable,
                        List<ExpectedDetection> detect, List<ExpectedResponse> respond,
                        List<AttackedTag> attackedTags, ChainProgress chain) {

    public DeskState {
        scenarioId = Objects.requireNonNullElse(scenarioId, "");
        title = Objects.requireNonNullElse(title, "");
        instructorNotes = Objects.requireNonNullElse(instructorNotes, "");
        translations = Map.copyOf(Objects.requireNonNullElse(translations, Map.of()));
        choosable = List.copyOf(Objects.requireNonNullElse(choosable, List.of()));
        detect = List.copyOf(Objects.requireNonNullElse(detect, List.of()));
        respond = List.copyOf(Objects.requireNonNullElse(respond, List.of()));
        attackedTags = List.copyOf(Objects.requireNonNullElse(attackedTags, List.of()));
        chain = Objects.requireNonNullElse(chain, ChainProgress.NONE);
    }

    /** The scenario's words in {@code language}, each field falling back to the original when not translated. */
    public ScenarioText in(String language) {
        ScenarioText translated = translations.getOrDefault(language, new ScenarioText("", "", ""));
        return new ScenarioText(translated.title().isBlank() ? title : translated.title(), translated.briefing(),
                translated.instructorNotes().isBlank() ? instructorNotes : translated.instructorNotes());
    }
}
