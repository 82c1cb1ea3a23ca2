package org.icsdrill.ui.exercise;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.CallOutcome;

/**
 * The server's answer to a screen's last call, shown beside the buttons that made it: the session's
 * status line only holds the newest answer of the whole console, which another screen may already
 * have replaced. A refusal is marked so the view can colour it (the one abnormal thing here).
 */
public final class CallAnswer {

    private final Messages messages;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty();

    public CallAnswer(Messages messages) {
        this.messages = messages;
    }

    /** Shows the server's message: what was done, why not, or a status said plainly ({@link Messages#status}). */
    public void show(CallOutcome outcome) {
        refused.set(!outcome.accepted());
        text.set(messages.get(outcome.accepted() ? "call.accepted" : "call.refused",
                outcome.accepted() ? outcome.message() : messages.status(outcome.message())));
    }

    /** A form error found before anything was sent. */
    public void refuse(String reason) {
        refused.set(true);
        text.set(reason);
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }
}
