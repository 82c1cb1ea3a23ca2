package org.icsdrill.ui.site;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.icsdrill.ui.common.Messages;

/**
 * The site screen: the zone map with the host panel beside it when the run has a site network, else a
 * line saying it has none. A host clicked on the map is shown in the panel and marked on the map.
 */
public final class SiteScreen extends StackPane {

    public static final String NONE_ID = "site-none";

    public SiteScreen(SiteViewModel model, Messages messages) {
        SiteMapView map = new SiteMapView(messages, model::choose);
        ScrollPane scroll = new ScrollPane(map);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("site-scroll");
        SplitPane split = new SplitPane(scroll, new HostPanelView(model.panel(), messages));
        split.setDividerPositions(0.5); // at 1280 px: the map two zones wide, the log's columns whole
        Label none = new Label(messages.get("site.none"));
        none.setId(NONE_ID);
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        StackPane.setAlignment(none, Pos.TOP_LEFT);

        model.mapProperty().addListener((o, before, now) -> map.show(now));
        model.panel().hostProperty().addListener((o, before, now) -> map.choose(now));
        split.visibleProperty().bind(model.existsProperty());
        none.visibleProperty().bind(model.existsProperty().not());
        map.show(model.mapProperty().get());
        getChildren().addAll(split, none);
    }
}
