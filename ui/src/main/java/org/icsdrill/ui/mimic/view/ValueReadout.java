package org.icsdrill.ui.mimic.view;

import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.mimic.MimicViewModel;
import org.icsdrill.ui.opcua.NormalRange;

/**
 * A live value on a mimic: short name, value, unit, and optionally an ISA-101 analog indicator below:
 * the EURange as a grey track, the normal band lighter, the value as a dark pointer. The value turns
 * yellow only when abnormal.
 */
final class ValueReadout extends VBox {

    static final double BAR_WIDTH = 96;

    ValueReadout(MimicViewModel.Value value, Runnable open) {
        LiveTagViewModel live = value.live();
        Label name = new Label(value.spec().shownLabel());
        name.getStyleClass().add("mimic-tag");
        Label number = new Label();
        number.setId(value.nodeId());
        number.getStyleClass().add("mimic-value");
        Styles.showValue(number, live);
        Label unit = new Label(live.unit());
        unit.getStyleClass().add("mimic-unit");
        HBox line = new HBox(4, name, number, unit);
        getChildren().add(line);
        if (value.spec().bar() && live.tag().hasRange()) {
            getChildren().add(bar(live));
        }
        getStyleClass().add("mimic-readout");
        relocate(value.spec().x(), value.spec().y());
        setCursor(Cursor.HAND);
        setOnMouseClicked(e -> open.run());
    }

    private static Pane bar(LiveTagViewModel live) {
        Rectangle track = new Rectangle(0, 2, BAR_WIDTH, 6);
        track.getStyleClass().add("mimic-track");
        Pane bar = new Pane(track);
        NormalRange normal = live.normal();
        if (normal.hasBand()) {
            double low = Double.isNaN(normal.low()) ? 0 : live.fractionOf(normal.low());
            double high = Double.isNaN(normal.high()) ? 1 : live.fractionOf(normal.high());
            Rectangle band = new Rectangle(low * BAR_WIDTH, 2, (high - low) * BAR_WIDTH, 6);
            band.getStyleClass().add("mimic-band");
            bar.getChildren().add(band);
        }
        Rectangle pointer = new Rectangle(-1.5, 0, 3, 10);
        pointer.getStyleClass().add("mimic-pointer");
        pointer.visibleProperty().bind(live.fractionProperty().map(f -> !Double.isNaN(f.doubleValue())));
        pointer.translateXProperty().bind(live.fractionProperty().map(f ->
                Double.isNaN(f.doubleValue()) ? 0 : f.doubleValue() * BAR_WIDTH));
        bar.getChildren().add(pointer);
        bar.setPrefSize(BAR_WIDTH, 10);
        bar.setMaxSize(BAR_WIDTH, 10);
        return bar;
    }
}
