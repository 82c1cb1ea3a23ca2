package org.icsdrill.ui.exercise;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * The bar above the screens: the exercise status (scenario, plant time, running or paused), the
 * login (user, password), who is logged in, and the server's answer to the last action.
 */
public final class SessionBar extends HBox {

    public SessionBar(ConsoleSession session, ExerciseStatusViewModel status, Messages messages) {
        super(8);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("toolbar");

        Label exercise = new Label();
        exercise.setId("exercise-status");
        exercise.getStyleClass().add("status");
        exercise.textProperty().bind(status.textProperty());
        status.haltedProperty().addListener((o, was, now) -> Styles.toggle(exercise, Styles.ABNORMAL, now));

        Label outcome = new Label();
        outcome.setId("last-outcome");
        outcome.textProperty().bind(session.lastOutcomeProperty());
        session.lastAcceptedProperty().addListener((o, was, now) -> Styles.toggle(outcome, Styles.ABNORMAL, !now));

        TextField user = new TextField();
        user.setId("login-user");
        user.setPromptText(messages.get("login.user"));
        user.setPrefColumnCount(9);
        user.textProperty().bindBidirectional(session.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.setPromptText(messages.get("login.password"));
        password.setPrefColumnCount(9);
        password.textProperty().bindBidirectional(session.passwordProperty());
        Button login = new Button(messages.get("login.login"));
        login.setId("login");
        login.setOnAction(e -> session.login());
        password.setOnAction(e -> session.login());
        Label who = new Label();
        who.setId("login-status");
        who.textProperty().bind(session.loginStatusProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(exercise, outcome, gap, who, user, password, login);
    }
}
