package org.icsdrill.api;

import java.util.List;
import java.util.Objects;

/** An inject's words in one language: its text and its questions. */
public record InjectText(String text, List<String> questions) {

    public InjectText {
        Objects.requireNonNull(text, "text");
        questions = List.copyOf(questions);
    }
}
