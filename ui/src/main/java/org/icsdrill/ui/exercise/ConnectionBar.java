package org.icsdrill.ui.exercise;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * The line under the screens: whether the console still hears its simulator, and, for an
 * instructor after the end, closing the simulator (asked twice: it ends every console's drill).
 */
public final class ConnectionBar extends HBox {

    public ConnectionBar(ConnectionViewModel model, Messages messages) {
        super(8);
        setPadding(new Insets(2, 8, 2, 8));
        setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("connection-status");
        status.getStyleClass().add("range");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.textProperty().bind(model.textProperty());
        model.lostProperty().addListener((o, was, lost) -> Styles.toggle(status, Styles.ABNORMAL, lost));

        Label hint = new Label(messages.get("connection.closeHint"));
        hint.getStyleClass().add("range");
        Button close = new Button(messages.get("connection.close"));
        close.setId("connection-close");
        close.setOnAction(e -> model.askToClose());
        Button confirm = new Button(messages.get("connection.closeConfirm"));
        confirm.setId("connection-close-confirm");
        confirm.getStyleClass().add(Styles.ABNORMAL);
        confirm.setOnAction(e -> model.closeSimulator());
        Button cancel = new Button(messages.get("connection.closeCancel"));
        cancel.setId("connection-close-cancel");
        cancel.setOnAction(e -> model.cancelClose());
        showWhen(hint, model.closeOfferedProperty());
        showWhen(close, model.closeOfferedProperty().and(model.confirmingProperty().not()));
        showWhen(confirm, model.closeOfferedProperty().and(model.confirmingProperty()));
        showWhen(cancel, model.closeOfferedProperty().and(model.confirmingProperty()));
        getChildren().addAll(status, hint, close, confirm, cancel);
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
