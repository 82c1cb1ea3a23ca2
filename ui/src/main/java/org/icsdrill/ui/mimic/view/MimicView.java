package org.icsdrill.ui.mimic.view;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Rotate;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.mimic.EquipmentViewModel;
import org.icsdrill.ui.mimic.MimicViewModel;
import org.icsdrill.ui.mimic.view.Symbol;
import org.icsdrill.ui.mimic.view.Symbols;
import org.icsdrill.ui.tags.FaceplateView;

/**
 * A plant's mimic: the layout drawn in its own coordinates (lines, then equipment, values and
 * captions), a legend of the symbol fills, and the faceplate of the clicked equipment on the right.
 */
public final class MimicView extends BorderPane {

    private static final double MIN_SCALE = 0.9;

    public MimicView(MimicViewModel model, Messages messages) {
        MimicLayout layout = model.layout();
        Pane drawing = new Pane();
        drawing.setId("mimic-" + layout.plantId());
        drawing.getStyleClass().add("mimic");
        drawing.setPrefSize(layout.width(), layout.height());
        drawing.setMinSize(layout.width(), layout.height());
        drawing.setMaxSize(layout.width(), layout.height());
        for (MimicLayout.Line line : layout.lines()) {
            if (line.kind() != MimicLayout.LineKind.SHAFT) {
                drawing.getChildren().addAll(line(line));
            }
        }
        for (EquipmentViewModel item : model.equipment()) {
            Symbol symbol = Symbols.create(item.spec());
            symbol.relocate(0, 0);
            symbol.setLayoutX(item.spec().x());
            symbol.setLayoutY(item.spec().y());
            String label = item.spec().text() == null ? item.id() : item.spec().text().in(messages.locale());
            symbol.bind(item, label, () -> model.open(item));
            drawing.getChildren().add(symbol);
        }
        for (MimicLayout.Line line : layout.lines()) {
            if (line.kind() == MimicLayout.LineKind.SHAFT) {
                drawing.getChildren().addAll(line(line)); // over the vessel it stirs or the machines it couples
            }
        }
        for (MimicViewModel.Value value : model.values()) {
            drawing.getChildren().add(new ValueReadout(value, () -> model.open(value)));
        }
        for (MimicLayout.Caption caption : layout.captions()) {
            Label text = new Label(caption.text().in(messages.locale()));
            text.getStyleClass().add(caption.heading() ? "mimic-heading" : "mimic-caption");
            text.relocate(caption.x(), caption.y());
            drawing.getChildren().add(text);
        }
        drawing.getChildren().add(legend(messages, layout));

        ScrollPane scroll = new ScrollPane(new Group(drawing));
        scroll.getStyleClass().add("mimic-scroll");
        // a little smaller rather than cut: the plants' inner tab row took 24 px of the 720 the drawings were
        // made for; below MIN_SCALE text would be too small to read, and the pane scrolls instead
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            double fit = Math.min(now.getWidth() / layout.width(), now.getHeight() / layout.height());
            double scale = Math.max(MIN_SCALE, Math.min(1, fit));
            drawing.setScaleX(scale);
            drawing.setScaleY(scale);
        });
        setCenter(scroll);
        setRight(new FaceplateView(model.faceplate(), messages, "mimic-faceplate-" + layout.plantId()));
    }

    private static List<javafx.scene.Node> line(MimicLayout.Line line) {
        List<Double> p = line.points();
        Polyline polyline = new Polyline();
        polyline.getPoints().addAll(p);
        polyline.getStyleClass().addAll("mimic-line", line.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (!line.arrow()) {
            return List.of(polyline);
        }
        int n = p.size();
        double x = p.get(n - 2);
        double y = p.get(n - 1);
        double angle = Math.atan2(y - p.get(n - 3), x - p.get(n - 4));
        Polygon head = new Polygon(0, 0, -9, -5, -9, 5);
        head.getStyleClass().addAll("mimic-arrow", line.kind().name().toLowerCase(java.util.Locale.ROOT));
        head.setLayoutX(x);
        head.setLayoutY(y);
        head.getTransforms().add(new Rotate(Math.toDegrees(angle), 0, 0));
        return List.of(polyline, head);
    }

    /** What the fills mean, in the bottom left corner. */
    private static HBox legend(Messages messages, MimicLayout layout) {
        Rectangle on = swatch("mimic-symbol", "on");
        Rectangle off = swatch("mimic-symbol");
        Rectangle abnormal = swatch("mimic-halo");
        HBox legend = new HBox(6, on, new Label(messages.get("mimic.legend.on")), off,
                new Label(messages.get("mimic.legend.off")), abnormal, new Label(messages.get("mimic.legend.abnormal")));
        legend.getStyleClass().add("mimic-legend");
        legend.relocate(12, layout.height() - 26);
        return legend;
    }

    private static Rectangle swatch(String... styleClasses) {
        Rectangle swatch = new Rectangle(14, 14);
        swatch.getStyleClass().addAll(styleClasses);
        return swatch;
    }
}
