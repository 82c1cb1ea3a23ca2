package org.icsdrill.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tabletop inject as trainees receive it: a report, a phone call, a question to discuss.
 *
 * @param id       {@code card-1}, {@code card-2}... in the order cards were handed out
 * @param audience     who it is for ({@code operator}, {@code engineer}, {@code manager})
 * @param translations the scenario's own words in other languages, by language ({@code ja}, {@code en})
 */
public record InjectCard(String id, double plantTime, String audience, String text, List<String> questions,
                         Map<String, InjectText> translations) {

    public InjectCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(text, "text");
        questions = List.copyOf(questions);
        translations = Map.copyOf(Objects.requireNonNullElse(translations, Map.of()));
    }

    /** The card in {@code language} when the scenario gives it, else as written; question indexes match. */
    public InjectText in(String language) {
        InjectText translated = translations.get(language);
        return translated != null && translated.questions().size() == questions.size() ? translated
                : new InjectText(text, questions);
    }
}
