package org.icsdrill.core.exercise;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.InjectCard;
import org.icsdrill.api.InjectText;
import org.icsdrill.api.ResultCode;

/** The inject cards handed out so far, numbered card-1, card-2, ... in the order they reached the trainees. */
final class InjectDeck {

    private final List<InjectCard> cards = new CopyOnWriteArrayList<>();

    InjectCard add(double plantTime, String audience, String text, List<String> questions,
                   Map<String, InjectText> translations) {
        InjectCard card = new InjectCard("card-" + (cards.size() + 1), plantTime,
                audience == null || audience.isBlank() ? "operator" : audience, text, questions, translations);
        cards.add(card);
        return card;
    }

    /** The card a trainee answers, refused when it or its question does not exist. */
    InjectCard question(String cardId, int questionIndex) {
        InjectCard card = cards.stream().filter(c -> c.id().equals(cardId)).findFirst()
                .orElseThrow(() -> new ExerciseRefusal(ResultCode.UNKNOWN_CARD, cardId));
        if (questionIndex < 0 || questionIndex >= Math.max(1, card.questions().size())) {
            throw new ExerciseRefusal(ResultCode.UNKNOWN_QUESTION, cardId, card.questions().size(), questionIndex + 1);
        }
        return card;
    }

    /** The id of the card handed out last, empty before the first. */
    String lastId() {
        return cards.isEmpty() ? "" : cards.get(cards.size() - 1).id();
    }

    List<InjectCard> all() {
        return List.copyOf(cards);
    }
}
