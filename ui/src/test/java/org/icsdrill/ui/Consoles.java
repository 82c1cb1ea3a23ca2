package org.icsdrill.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.icsdrill.core.opcua.Credentials;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.opcua.LoginOutcome;

/** Set-up shared by the drill tests: consoles on the FX thread, logins through the session's fields, closing. */
final class Consoles {

    private Consoles() {
    }

    /** Logs the session in as a person would: user name and password in the fields, then login, on the UI thread. */
    static void login(ConsoleSession session, Executor ui, Credentials user) throws Exception {
        LoginOutcome outcome = CompletableFuture.supplyAsync(() -> {
            session.usernameProperty().set(user.username());
            session.passwordProperty().set(user.password());
            return session.login();
        }, ui).thenCompose(login -> login).get(30, TimeUnit.SECONDS);
        if (!outcome.ok()) {
            throw new AssertionError("login of " + user.username() + " refused: " + outcome.status());
        }
    }

    /** Closes what was opened, in order, the missing and the failing ones passed over: the next class starts afresh. */
    static void closeAll(AutoCloseable... opened) {
        for (AutoCloseable closeable : opened) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // closing after the tests: nothing left to report
            }
        }
    }
}
