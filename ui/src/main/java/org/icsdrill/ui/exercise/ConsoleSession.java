package org.icsdrill.ui.exercise;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.CallOutcome;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.opcua.ExerciseChannel;
import org.icsdrill.ui.opcua.LoginOutcome;

/**
 * Who is at this console: the login (user name and password fields, the result), and the exercise
 * calls made in that user's session. Every action screen goes through {@link #call}, which reports
 * the server's answer in {@link #lastOutcomeProperty()} on the UI thread.
 */
public final class ConsoleSession {

    private final ConsoleConnection connection;
    private final Executor uiExecutor;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty loginStatus = new SimpleStringProperty("");
    private final BooleanProperty loggedIn = new SimpleBooleanProperty();
    private final BooleanProperty instructor = new SimpleBooleanProperty();
    private final StringProperty lastOutcome = new SimpleStringProperty("");
    private final BooleanProperty lastAccepted = new SimpleBooleanProperty(true);

    public ConsoleSession(ConsoleConnection connection, Executor uiExecutor, Messages messages) {
        this.connection = connection;
        this.uiExecutor = uiExecutor;
        this.messages = messages;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Logs in with the fields; the password field is cleared either way. */
    public CompletableFuture<LoginOutcome> login() {
        String name = username.get().trim();
        String secret = password.get();
        password.set("");
        if (name.isEmpty()) {
            loginStatus.set(messages.get("login.needName"));
            return CompletableFuture.completedFuture(new LoginOutcome(false, "", "", false));
        }
        return connection.login(name, secret).thenApplyAsync(outcome -> {
            loggedIn.set(outcome.ok());
            instructor.set(outcome.instructor());
            user.set(outcome.ok() ? outcome.user() : "");
            loginStatus.set(outcome.ok()
                    ? messages.get(outcome.instructor() ? "login.asInstructor" : "login.as", outcome.user())
                    : messages.get("login.refused", messages.status(outcome.status())));
            return outcome;
        }, uiExecutor);
    }

    /** Calls an exercise method as the logged-in user; {@code then} runs on the UI thread with the answer. */
    public CompletableFuture<CallOutcome> call(String method, Consumer<CallOutcome> then, Object... inputs) {
        ExerciseChannel channel = connection.exercise().orElse(null);
        if (channel == null) {
            CallOutcome none = new CallOutcome(false, messages.get("exercise.unavailable"));
            report(none, then);
            return CompletableFuture.completedFuture(none);
        }
        if (!loggedIn.get()) {
            CallOutcome none = new CallOutcome(false, messages.get("login.first"));
            report(none, then);
            return CompletableFuture.completedFuture(none);
        }
        return channel.call(method, inputs).thenApplyAsync(result -> {
            CallOutcome outcome = new CallOutcome(result.accepted(), result.text(messages.locale()));
            report(outcome, then);
            return outcome;
        }, uiExecutor);
    }

    /** The same, with nothing more to do than show the answer. */
    public CompletableFuture<CallOutcome> call(String method, Object... inputs) {
        return call(method, outcome -> { }, inputs);
    }

    private void report(CallOutcome outcome, Consumer<CallOutcome> then) {
        lastAccepted.set(outcome.accepted());
        lastOutcome.set(outcome.message());
        then.accept(outcome);
    }

    public ReadOnlyStringProperty userProperty() {
        return user;
    }

    public ReadOnlyStringProperty loginStatusProperty() {
        return loginStatus;
    }

    public ReadOnlyBooleanProperty loggedInProperty() {
        return loggedIn;
    }

    public ReadOnlyBooleanProperty instructorProperty() {
        return instructor;
    }

    /** The last answer of the server to an action from this console, as the status bar shows it. */
    public ReadOnlyStringProperty lastOutcomeProperty() {
        return lastOutcome;
    }

    public ReadOnlyBooleanProperty lastAcceptedProperty() {
        return lastAccepted;
    }
}
