package org.icsdrill.ui.tabletop;

import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.CallAnswer;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.opcua.CallOutcome;

/**
 * One question of an inject card with the trainee's answer. What the server accepted is kept apart
 * from the field, so the trainee sees what went on the record while they rewrite it; a second
 * answer is sent as a new one (the record keeps both).
 */
public final class QuestionViewModel {

    private final String cardId;
    private final int index;
    private final String question;
    private final ConsoleSession session;
    private final CallAnswer answer;
    private final Messages messages;
    private final StringProperty draft = new SimpleStringProperty("");
    private final StringProperty sent = new SimpleStringProperty("");
    private final BooleanBinding answered = Bindings.isNotEmpty(sent);

    QuestionViewModel(String cardId, int index, String question, ConsoleSession session, CallAnswer answer,
                      Messages messages) {
        this.cardId = cardId;
        this.index = index;
        this.question = question;
        this.session = session;
        this.answer = answer;
        this.messages = messages;
    }

    /** Sends the answer as the logged-in user; an empty one never leaves the console. */
    public CompletableFuture<CallOutcome> submit() {
        String text = draft.get().trim();
        if (text.isEmpty()) {
            answer.refuse(messages.get("tabletop.emptyAnswer"));
            return CompletableFuture.completedFuture(new CallOutcome(false, ""));
        }
        return session.call(ExerciseAddress.ANSWER_INJECT, outcome -> {
            answer.show(outcome);
            if (outcome.accepted()) {
                sent.set(text);
            }
        }, cardId, index, text);
    }

    /** Index from 0, as the server counts. */
    public int index() {
        return index;
    }

    public String question() {
        return question;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    /** The last answer the server accepted; empty until then. */
    public ReadOnlyStringProperty sentProperty() {
        return sent;
    }

    public BooleanBinding answeredProperty() {
        return answered;
    }
}
