package org.icsdrill.ui;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.ConsoleConnection;

/**
 * The console application: connects to the simulator's OPC UA server off the FX thread, then shows
 * the {@link ConsoleView}. Started by {@link ConsoleLauncher} with the named parameters
 * {@code --connect=URL}, {@code --lang=ja|en} (default: the system's language) and {@code --user=NAME}
 * (put in the login field).
 */
public final class ConsoleApp extends Application {

    private ConsoleViewModel model;

    @Override
    public void start(Stage stage) {
        String url = getParameters().getNamed().get("connect");
        String lang = getParameters().getNamed().get("lang");
        String user = getParameters().getNamed().getOrDefault("user", "");
        Messages messages = Messages.load(lang == null || lang.isBlank() ? Locale.getDefault()
                : Locale.forLanguageTag(lang));
        Label connecting = new Label(messages.get("app.connecting", url));
        Scene scene = new Scene(connecting, 1280, 800);
        scene.getStylesheets().add(ConsoleView.STYLESHEET);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        Thread connect = new Thread(() -> {
            try {
                ConsoleConnection connection = ConsoleConnection.open(url, messages.locale());
                ConsoleViewModel created = new ConsoleViewModel(connection, messages, Platform::runLater);
                created.start();
                Platform.runLater(() -> {
                    model = created;
                    created.exercise().session().usernameProperty().set(user);
                    scene.setRoot(new ConsoleView(created));
                });
            } catch (Exception | LinkageError e) {
                System.err.println(messages.get("app.connectFailed", url, e.getMessage()));
                Platform.runLater(() -> connecting.setText(messages.get("app.connectFailed", url, e.getMessage())));
            }
        }, "console-connect");
        connect.setDaemon(true);
        connect.start();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
