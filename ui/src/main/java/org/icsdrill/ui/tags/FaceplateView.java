package org.icsdrill.ui.tags;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/** The side pane to write a set point: tag, range, new value, the operator's login, the server's answer. */
public final class FaceplateView extends VBox {

    public FaceplateView(FaceplateViewModel model, Messages messages) {
        super(8);
        setId("faceplate");
        getStyleClass().add("faceplate");
        setPadding(new Insets(10));
        setPrefWidth(300);

        Label title = new Label(messages.get("faceplate.title"));
        title.getStyleClass().add("tile-title");
        Label tag = new Label();
        tag.setId("faceplate-tag");
        Label range = new Label();
        model.tagProperty().addListener((o, a, t) -> {
            tag.setText(t == null ? messages.get("faceplate.none") : t.name() + " — " + t.description());
            range.setText(t == null ? "" : model.rangeText());
        });
        tag.setText(messages.get("faceplate.none"));
        tag.setWrapText(true);

        TextField value = new TextField();
        value.setId("faceplate-value");
        value.textProperty().bindBidirectional(model.newValueProperty());
        TextField user = new TextField();
        user.setId("faceplate-user");
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("faceplate-password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("faceplate.range")), range);
        form.addRow(1, new Label(messages.get("faceplate.newValue")), value);
        form.addRow(2, new Label(messages.get("faceplate.username")), user);
        form.addRow(3, new Label(messages.get("faceplate.password")), password);

        Button write = new Button(messages.get("faceplate.write"));
        write.setId("faceplate-write");
        write.disableProperty().bind(model.tagProperty().isNull().or(model.busyProperty()));
        write.setOnAction(e -> model.write());

        Label hint = new Label(messages.get("faceplate.loginHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("range");
        Label result = new Label();
        result.setId("faceplate-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        model.refusedProperty().addListener((o, a, refused) -> Styles.toggle(result, Styles.ABNORMAL, refused));

        getChildren().addAll(title, tag, form, write, hint, result);
    }
}
