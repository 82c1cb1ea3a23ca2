package org.icsdrill.ui.tabletop;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * The notice under the session bar while inject cards wait unopened: a trainee on the mimic or the
 * network monitor would not see the tabletop tab's count. Its button opens the tabletop; it is gone
 * (and takes no room) once every card is opened.
 */
public final class InjectCardBanner extends HBox {

    public InjectCardBanner(TabletopViewModel tabletop, Messages messages, Runnable openTabletop) {
        super(8);
        setId("inject-banner");
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("inject-banner");
        Label text = new Label();
        text.setId("inject-banner-text");
        text.getStyleClass().add(Styles.ABNORMAL);
        text.textProperty().bind(tabletop.noticeProperty());
        Button open = new Button(messages.get("tabletop.bannerOpen"));
        open.setId("inject-banner-open");
        open.setOnAction(e -> openTabletop.run());
        getChildren().addAll(text, open);
        visibleProperty().bind(tabletop.noticeProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
