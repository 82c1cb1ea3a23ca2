package org.icsdrill.ui.tabletop;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.InjectCard;
import org.icsdrill.api.InjectText;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.CallAnswer;
import org.icsdrill.ui.exercise.ConsoleSession;

/**
 * An inject card as the tabletop shows it: when it came, whom it is for, its text and its questions.
 * A card without questions still takes one free answer (the server accepts question 0 of any card),
 * so a trainee can always put their reaction on the record.
 */
public final class InjectCardViewModel {

    private final InjectCard card;
    /** The card in the console's language when the scenario gives it that way, else as written. */
    private final InjectText words;
    private final Messages messages;
    private final List<QuestionViewModel> questions = new ArrayList<>();
    private final CallAnswer answer;
    private final BooleanProperty opened = new SimpleBooleanProperty();

    InjectCardViewModel(InjectCard card, ConsoleSession session, Messages messages) {
        this.card = card;
        this.words = card.in(messages.locale().getLanguage());
        this.messages = messages;
        this.answer = new CallAnswer(messages);
        List<String> asked = words.questions().isEmpty() ? List.of(messages.get("tabletop.openResponse"))
                : words.questions();
        for (int i = 0; i < asked.size(); i++) {
            questions.add(new QuestionViewModel(card.id(), i, asked.get(i), session, answer, messages));
        }
    }

    public InjectCard card() {
        return card;
    }

    public String id() {
        return card.id();
    }

    /** {@code card-2 · 00:12:00} */
    public String header() {
        return messages.get("tabletop.header", card.id(), DurationText.clock(card.plantTime()));
    }

    /** Whom the card is for, in the console's language; every card is shown to everyone at a tabletop. */
    public String audience() {
        return messages.get("tabletop.for", audienceName());
    }

    public String audienceName() {
        return audienceName(messages, card.audience());
    }

    public String text() {
        return words.text();
    }

    public List<QuestionViewModel> questions() {
        return questions;
    }

    /** The server's answer to this card's last submission. */
    public CallAnswer answer() {
        return answer;
    }

    public ReadOnlyBooleanProperty openedProperty() {
        return opened;
    }

    void markOpened() {
        opened.set(true);
    }

    /** The audience's name in the console's language; an audience the console does not know, as written. */
    public static String audienceName(Messages messages, String audience) {
        String key = "audience." + audience;
        return messages.bundle().containsKey(key) ? messages.get(key) : audience;
    }
}
