package org.icsdrill.ui.tags;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.ui.common.Formats;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagType;
import org.icsdrill.ui.opcua.WriteOutcome;

/**
 * The faceplate of one writable tag: the operator's login, the new value, and the server's answer.
 * The value is checked for form here (a number, on or off); range and role are the server's
 * decision, and its status code is shown as it is, e.g. {@code Bad_UserAccessDenied}.
 */
public final class FaceplateViewModel {

    /** Sends a write to the server; the console's {@code ConsoleConnection::write}. */
    @FunctionalInterface
    public interface Writer {
        CompletableFuture<WriteOutcome> write(TagInfo tag, Object value, String username, String password);
    }

    private final Writer writer;
    private final Executor uiExecutor;
    private final Messages messages;
    private final ObjectProperty<TagInfo> tag = new SimpleObjectProperty<>();
    private final StringProperty newValue = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public FaceplateViewModel(Writer writer, Executor uiExecutor, Messages messages) {
        this.writer = writer;
        this.uiExecutor = uiExecutor;
        this.messages = messages;
        tag.addListener((o, before, after) -> {
            newValue.set("");
            result.set("");
            refused.set(false);
        });
    }

    /**
     * Writes the new value. Completes (on the UI executor) after {@link #resultProperty()} shows the
     * outcome; a value that is not a number never leaves the console.
     */
    public CompletableFuture<WriteOutcome> write() {
        TagInfo target = tag.get();
        if (target == null) {
            return CompletableFuture.completedFuture(new WriteOutcome(false, "Bad_NodeIdUnknown"));
        }
        Object value = parse(target, newValue.get());
        if (value == null) {
            refused.set(true);
            result.set(messages.get("faceplate.invalid", newValue.get()));
            return CompletableFuture.completedFuture(new WriteOutcome(false, "Bad_TypeMismatch"));
        }
        busy.set(true);
        CompletableFuture<WriteOutcome> shown = new CompletableFuture<>();
        writer.write(target, value, username.get(), password.get()).whenComplete((outcome, failure) ->
                uiExecutor.execute(() -> {
                    busy.set(false);
                    WriteOutcome answer = failure != null ? new WriteOutcome(false, "Bad_CommunicationError") : outcome;
                    refused.set(!answer.good());
                    result.set(answer.good()
                            ? messages.get("faceplate.accepted", target.name(), newValue.get())
                            : messages.get("faceplate.refused", answer.status()));
                    shown.complete(answer);
                }));
        return shown;
    }

    static Object parse(TagInfo tag, String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (tag.type() == TagType.BOOL) {
            return switch (trimmed) {
                case "1", "on", "true" -> Boolean.TRUE;
                case "0", "off", "false" -> Boolean.FALSE;
                default -> null;
            };
        }
        try {
            return Double.valueOf(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String rangeText() {
        TagInfo target = tag.get();
        return target == null ? "" : Formats.range(target) + " " + target.unit();
    }

    public ObjectProperty<TagInfo> tagProperty() {
        return tag;
    }

    public StringProperty newValueProperty() {
        return newValue;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
