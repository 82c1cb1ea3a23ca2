package org.icsdrill.ui.exercise;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * The bar above the screens: the exercise status (drill, plant time, running or paused), the login
 * (user, password), who is logged in, and the server's answer to the last action. Status and login
 * keep their full width; the answer gets what is left.
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
        exercise.setMinWidth(Region.USE_PREF_SIZE); // plant time and state are never cut short
        status.haltedProperty().addListener((o, was, now) -> Styles.toggle(exercise, Styles.ABNORMAL, now));

        Label outcome = new Label();
        outcome.setId("last-outcome");
        outcome.textProperty().bind(session.lastOutcomeProperty());
        // the answer takes the room that is left and no more: a long one ends in an ellipsis, whole in its tooltip
        outcome.setMinWidth(0);
        outcome.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        whole.textProperty().bind(outcome.textProperty());
        outcome.textProperty().addListener((o, was, now) -> outcome.setTooltip(now.isBlank() ? null : whole));
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
        who.setMinWidth(Region.USE_PREF_SIZE);
        user.setMinWidth(Region.USE_PREF_SIZE);
        password.setMinWidth(Region.USE_PREF_SIZE);
        login.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(exercise, outcome, who, user, password, login);
    }
}
