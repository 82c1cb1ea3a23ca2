package org.icsdrill.ui.overview;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * The overview's nodes: the flows between coupled plants on a line of their own, then a tile per plant. Styles in
 * console.css (ISA-101: grey, colour only when abnormal).
 */
public final class OverviewView extends FlowPane {

    public OverviewView(OverviewViewModel model, Messages messages) {
        super(12, 12);
        setPadding(new Insets(12));
        getStyleClass().add("overview");
        if (!model.flows().isEmpty()) {
            SiteFlowsView flows = new SiteFlowsView(model, messages);
            // the whole width, so the flows stand on a line of their own above the tiles
            flows.prefWidthProperty().bind(widthProperty().subtract(getPadding().getLeft() + getPadding().getRight()));
            getChildren().add(flows);
        }
        for (PlantTileViewModel tile : model.tiles()) {
            getChildren().add(tile(tile, messages));
        }
    }

    private static VBox tile(PlantTileViewModel tile, Messages messages) {
        Label title = new Label(tile.title());
        title.getStyleClass().add("tile-title");
        Label subtitle = new Label(tile.subtitle());
        subtitle.getStyleClass().add("range");
        subtitle.setWrapText(true);
        Label status = new Label();
        status.setId("status-" + tile.plantId());
        status.textProperty().bind(tile.statusProperty());
        status.getStyleClass().add("status");
        tile.trippedProperty().addListener((o, a, tripped) -> Styles.toggle(status, Styles.ABNORMAL, tripped));
        Styles.toggle(status, Styles.ABNORMAL, tile.trippedProperty().get());

        GridPane values = new GridPane();
        values.setHgap(8);
        values.setVgap(2);
        int row = 0;
        for (LiveTagViewModel key : tile.keyValues()) {
            Label name = new Label(key.name());
            name.getStyleClass().add("tag-name");
            Label value = new Label();
            value.setId(nodeId("value", key.tag().id()));
            value.getStyleClass().add("value");
            Styles.showValue(value, key);
            Label unit = new Label(key.unit());
            unit.getStyleClass().add("unit");
            Label range = new Label(messages.get("tile.range", key.range()));
            range.getStyleClass().add("range");
            for (Label cell : List.of(name, value, unit)) {
                cell.setMinWidth(Region.USE_PREF_SIZE); // a tag, its value and unit are never cut
            }
            values.addRow(row++, name, value, unit, range);
        }
        Label outOfRange = new Label();
        outOfRange.setId("outOfRange-" + tile.plantId());
        outOfRange.textProperty().bind(tile.outOfRangeProperty().asString().map(n -> messages.get("tile.outOfRange", n)));
        tile.outOfRangeProperty().addListener((o, a, n) -> Styles.toggle(outOfRange, Styles.ABNORMAL, n.intValue() > 0));

        VBox box = new VBox(6, title, subtitle, status, values, outOfRange);
        box.setId("tile-" + tile.plantId());
        box.getStyleClass().add("tile");
        box.setPadding(new Insets(10));
        // three tiles to a row at 1280 px, each wide enough for a stale value's mark in Japanese
        box.setPrefWidth(400);
        return box;
    }

    /** A node id that CSS selectors accept: tag ids contain dots, which a selector reads as classes. */
    public static String nodeId(String prefix, String id) {
        return prefix + "-" + id.replace('.', '_');
    }
}
