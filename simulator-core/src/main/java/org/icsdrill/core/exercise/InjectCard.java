package org.icsdrill.core.exercise;

import java.util.List;
import java.util.Objects;

/**
 * A tabletop inject as trainees receive it: a report, a phone call, a question to discuss.
 *
 * @param id       {@code card-1}, {@code card-2}... in the order cards were handed out
 * @param audience who it is for ({@code operator}, {@code engineer}, {@code manager})
 */
public record InjectCard(String id, double plantTime, String audience, String text, List<String> questions) {

    public InjectCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(text, "text");
        questions = List.copyOf(questions);
    }
}
