package org.icsdrill.ui.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * The flows between the coupled plants, drawn left to right from upstream (docs/coupling.md): a box per plant, a
 * line per flow named by what flows, grey while normal and in the abnormal colour, with its name marked, while
 * the upstream value it carries is outside its normal band. So the overview shows where a disturbance came from.
 */
final class SiteFlowsView extends Pane {

    private static final double BOX_WIDTH = 150;
    private static final double BOX_HEIGHT = 26;
    private static final double COLUMN = 330;
    private static final double ROW = 40;
    private static final double MARGIN = 8;
    private static final double LABEL_WIDTH = 170;

    SiteFlowsView(OverviewViewModel model, Messages messages) {
        setId("site-flows");
        getStyleClass().add("site-flows");
        setPadding(new Insets(MARGIN));
        Map<String, double[]> boxes = new LinkedHashMap<>();
        Map<Integer, Integer> rows = new LinkedHashMap<>();
        List<String> plants = new ArrayList<>();
        for (SiteFlowViewModel flow : model.flows()) {
            for (String plant : List.of(flow.from(), flow.to())) {
                if (!plants.contains(plant)) {
                    plants.add(plant);
                }
            }
        }
        for (String plant : plants) {
            int depth = model.depth(plant);
            int row = rows.merge(depth, 1, Integer::sum) - 1;
            double x = MARGIN + depth * COLUMN;
            double y = MARGIN + row * ROW;
            boxes.put(plant, new double[] {x, y});
            Label box = new Label(model.tile(plant).title());
            box.setId("site-flow-plant-" + plant);
            box.getStyleClass().add("site-flow-plant");
            box.relocate(x, y);
            box.setPrefSize(BOX_WIDTH, BOX_HEIGHT);
            getChildren().add(box);
        }
        for (SiteFlowViewModel flow : model.flows()) {
            double[] a = boxes.get(flow.from());
            double[] b = boxes.get(flow.to());
            Line line = new Line(a[0] + BOX_WIDTH, a[1] + BOX_HEIGHT / 2, b[0], b[1] + BOX_HEIGHT / 2);
            line.getStyleClass().add("site-flow-line");
            Label name = new Label();
            name.setId("site-flow-" + flow.from() + "-" + flow.to() + "-" + flow.medium());
            name.getStyleClass().add("site-flow-name");
            String medium = messages.get("flow." + flow.medium());
            name.textProperty().bind(flow.failedProperty().map(failed -> failed
                    ? messages.get("flow.abnormal", medium) : medium));
            // above the line's downstream end, so that two flows from one plant keep their names apart
            name.relocate(b[0] - LABEL_WIDTH - 6, b[1] + BOX_HEIGHT / 2 - 20);
            name.setPrefWidth(LABEL_WIDTH);
            name.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            flow.failedProperty().addListener((o, was, failed) -> {
                Styles.toggle(line, Styles.ABNORMAL, failed);
                Styles.toggle(name, Styles.ABNORMAL, failed);
            });
            getChildren().addAll(0, List.of(line));
            getChildren().add(name);
        }
        int deepest = plants.stream().mapToInt(model::depth).max().orElse(0);
        int tallest = rows.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        setMinSize(2 * MARGIN + deepest * COLUMN + BOX_WIDTH, 2 * MARGIN + (tallest - 1) * ROW + BOX_HEIGHT);
        setPrefHeight(getMinHeight());
    }
}
