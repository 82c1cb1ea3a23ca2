package org.icsdrill.ui.exercise;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.ConnectionState;

/**
 * The console's connection line: connected, lost (values stale, reconnecting by itself), subscribing
 * again, or, once the drill has ended, the simulator closed for good. After the end an instructor
 * closes the simulator from here, with a confirmation: until then it keeps serving the last values.
 */
public final class ConnectionViewModel implements ExerciseSubscriber {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String endpointUrl;
    private final ConsoleSession session;
    private final Messages messages;
    private final Supplier<LocalTime> clock;
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(ConnectionState.CONNECTED);
    private final StringProperty text = new SimpleStringProperty();
    private final BooleanProperty ended = new SimpleBooleanProperty();
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    private final BooleanBinding closeOffered;
    private final BooleanBinding lost = state.isNotEqualTo(ConnectionState.CONNECTED);

    public ConnectionViewModel(String endpointUrl, ConsoleSession session, Messages messages) {
        this(endpointUrl, session, messages, LocalTime::now);
    }

    /** @param clock the wall clock's time of day: a lost connection is a moment on the wall, not in plant time */
    public ConnectionViewModel(String endpointUrl, ConsoleSession session, Messages messages,
                               Supplier<LocalTime> clock) {
        this.endpointUrl = endpointUrl;
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.closeOffered = Bindings.createBooleanBinding(
                () -> ended.get() && session.instructorProperty().get() && state.get() == ConnectionState.CONNECTED,
                ended, session.instructorProperty(), state);
        text.set(messages.get("app.connectedTo", endpointUrl));
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.state().ifPresent(s -> ended.set(s.ended()));
    }

    /** The connection changed; on the UI thread. */
    public void show(ConnectionState now) {
        state.set(now);
        String at = clock.get().format(CLOCK);
        text.set(switch (now) {
            case CONNECTED -> messages.get("app.connectedTo", endpointUrl);
            // after the end a lost server is the instructor's close, not a fault to wait out
            case LOST -> messages.get(ended.get() ? "connection.closed" : "connection.lost", endpointUrl, at);
            case RESUBSCRIBING -> messages.get("connection.resubscribing", endpointUrl);
        });
        if (now != ConnectionState.CONNECTED) {
            confirming.set(false);
        }
    }

    /** First step of closing: the bar asks again before every console loses its simulator. */
    public void askToClose() {
        confirming.set(true);
    }

    public void cancelClose() {
        confirming.set(false);
    }

    /** Closes the simulator for everyone (instructors, after the end); the server's answer shows on the session bar. */
    public void closeSimulator() {
        confirming.set(false);
        session.call(ExerciseAddress.CLOSE);
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Not connected: the line is shown in the abnormal colour. */
    public BooleanBinding lostProperty() {
        return lost;
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended;
    }

    /** An instructor is logged in, the drill has ended and the simulator still answers. */
    public BooleanBinding closeOfferedProperty() {
        return closeOffered;
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming;
    }
}
