package org.icsdrill.ui.trend;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.icsdrill.ui.common.Converters;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.overview.OverviewView;

/**
 * The trend screen: a tag picker and the window, zoom, pan and live buttons on top, a {@link LineChart}
 * of the pens against plant time, and a legend with each pen's live value, range and a remove button.
 *
 * <p>Why JavaFX's LineChart is fast enough: each redraw hands it at most about twice
 * {@link #BUCKETS} points per pen (min and max per time slice, {@link TrendBuffer#visible}), whatever
 * the window, and the chart redraws only while its tab is shown.
 */
public final class TrendView extends BorderPane {

    /** Time slices per redraw: about one per four pixels of a full-width chart, two points each. */
    static final int BUCKETS = 300;

    private final TrendViewModel model;
    private final LineChart<Number, Number> chart;
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis percent = new NumberAxis(0, 100, 10);
    private final Map<PenViewModel, XYChart.Series<Number, Number>> series = new HashMap<>();
    private final Label range = new Label();

    public TrendView(TrendViewModel model, Messages messages) {
        this.model = model;
        setId("trend");
        getStyleClass().add("trend");
        time.setAutoRanging(false);
        time.setForceZeroInRange(false);
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(Converters.showing((Number t) -> model.clock(t.doubleValue())));
        time.setLabel(model.timeTitle());
        percent.setAutoRanging(false);
        percent.setMinorTickVisible(false);
        percent.setTickLabelFormatter(Converters.showing((Number p) -> model.axisLabel(p.doubleValue())));
        chart = new LineChart<>(time, percent);
        chart.setId("trend-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(true);
        chart.setPadding(new Insets(6, 36, 4, 6)); // room for the last time label

        range.setId("trend-range");
        range.getStyleClass().add("status");
        setTop(controls(messages));
        setCenter(chart);
        HBox legend = new HBox();
        GridPane pens = new GridPane();
        pens.setId("trend-pens");
        pens.setHgap(10);
        pens.setVgap(2);
        legend.getChildren().add(pens);
        legend.setPadding(new Insets(4, 10, 8, 10));
        setBottom(legend);

        model.pens().addListener((ListChangeListener<PenViewModel>) change -> {
            rebuildSeries();
            rebuildLegend(pens, messages);
        });
        model.scaleProperty().addListener((o, a, b) -> {
            // the labels are in the scale pen's units: make the axis write them again
            percent.setTickLabelFormatter(Converters.showing((Number p) -> model.axisLabel(p.doubleValue())));
            percent.setLabel(model.axisTitle());
            rebuildLegend(pens, messages);
        });
        percent.setLabel(model.axisTitle());
        model.versionProperty().addListener((o, a, b) -> {
            if (shown()) {
                refresh();
            }
        });
        rebuildSeries();
        rebuildLegend(pens, messages);
        refresh();
    }

    /** Two rows: the pen picker and where the chart is; then the window, zoom, pan and live buttons. */
    private VBox controls(Messages messages) {
        ChoiceBox<PlantInfo> plant = new ChoiceBox<>();
        plant.setId("trend-plant");
        plant.getItems().setAll(model.plants());
        plant.setConverter(Converters.showing(PlantInfo::id));
        ComboBox<TagInfo> tag = new ComboBox<>();
        tag.setId("trend-tag");
        tag.setPromptText(messages.get("trend.pickTag"));
        tag.setConverter(Converters.showing(t -> t.name() + " — " + t.description()));
        tag.setPrefWidth(340);
        tag.setVisibleRowCount(16);
        plant.valueProperty().addListener((o, a, p) -> tag.getItems().setAll(
                p == null ? List.of() : p.tags().stream().filter(TrendViewModel::trendable).toList()));
        if (!model.plants().isEmpty()) {
            plant.setValue(model.plants().get(0));
        }
        Button add = new Button(messages.get("trend.add"));
        add.setId("trend-add");
        add.disableProperty().bind(tag.valueProperty().isNull());
        add.setOnAction(e -> model.addPen(tag.getValue()));

        ToggleGroup windows = new ToggleGroup();
        HBox windowButtons = new HBox(2);
        for (Duration window : TrendViewModel.WINDOWS) {
            ToggleButton button = new ToggleButton(messages.get("trend.minutes", window.toMinutes()));
            button.setId("trend-window-" + window.toMinutes());
            button.setToggleGroup(windows);
            button.setSelected(window.equals(model.windowProperty().get()));
            button.setOnAction(e -> {
                button.setSelected(true);
                model.setWindow(window);
            });
            windowButtons.getChildren().add(button);
        }
        Button zoomIn = button("trend-zoom-in", messages.get("trend.zoomIn"), model::zoomIn);
        Button zoomOut = button("trend-zoom-out", messages.get("trend.zoomOut"), model::zoomOut);
        Button back = button("trend-back", messages.get("trend.back"), model::panBack);
        Button forward = button("trend-forward", messages.get("trend.forward"), model::panForward);
        Button live = button("trend-live", messages.get("trend.goLive"), model::goLive);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox pick = new HBox(6, plant, tag, add, gap, range);
        pick.setAlignment(Pos.CENTER_LEFT);
        HBox view = new HBox(6, new Label(messages.get("trend.window")), windowButtons, separator(), zoomIn, zoomOut,
                separator(), back, forward, live);
        view.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, pick, view);
        bar.setPadding(new Insets(8, 10, 4, 10));
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Region separator() {
        Region gap = new Region();
        gap.setPrefWidth(8);
        return gap;
    }

    private void rebuildSeries() {
        series.keySet().retainAll(model.pens());
        chart.getData().clear();
        for (PenViewModel pen : model.pens()) {
            XYChart.Series<Number, Number> line = series.computeIfAbsent(pen, p -> new XYChart.Series<>());
            line.setName(pen.tag().id());
            chart.getData().add(line);
            Node path = line.getNode();
            if (path != null) {
                path.setStyle("-fx-stroke: " + pen.color() + "; -fx-stroke-width: 2px;");
            }
        }
        refresh();
    }

    private void rebuildLegend(GridPane pens, Messages messages) {
        pens.getChildren().clear();
        if (model.pens().isEmpty()) {
            Label hint = new Label(messages.get("trend.empty"));
            hint.getStyleClass().add("range");
            pens.add(hint, 0, 0);
            return;
        }
        ToggleGroup scales = new ToggleGroup();
        int row = 0;
        for (PenViewModel pen : model.pens()) {
            Rectangle swatch = new Rectangle(18, 4);
            swatch.setStyle("-fx-fill: " + pen.color() + ";");
            RadioButton scale = new RadioButton();
            scale.setToggleGroup(scales);
            scale.setSelected(pen == model.scaleProperty().get());
            scale.setOnAction(e -> model.scaleProperty().set(pen));
            scale.setTooltip(new javafx.scene.control.Tooltip(messages.get("trend.scale")));
            Label name = new Label(pen.tag().id());
            name.getStyleClass().add("tag-name");
            Label description = new Label(pen.tag().description());
            description.getStyleClass().add("range");
            Label value = new Label();
            value.setId(OverviewView.nodeId("trend-value", pen.tag().id()));
            value.getStyleClass().add("value");
            Styles.showValue(value, pen.live());
            Label unit = new Label(pen.live().unit());
            unit.getStyleClass().add("unit");
            Label span = new Label(messages.get("tile.range", pen.live().range()));
            span.getStyleClass().add("range");
            Button remove = new Button(messages.get("trend.remove"));
            remove.setId(OverviewView.nodeId("trend-remove", pen.tag().id()));
            remove.setOnAction(e -> model.removePen(pen));
            pens.addRow(row++, scale, swatch, name, value, unit, span, description, remove);
        }
        Label scaleHint = new Label(messages.get("trend.scaleHint"));
        scaleHint.getStyleClass().add("range");
        pens.add(scaleHint, 0, row, 8, 1);
    }

    /** Hands the chart the visible points of every pen and moves the time axis; on the FX thread. */
    public void refresh() {
        range.setText(model.rangeText());
        time.setLabel(model.timeTitle());
        double lower = model.lower();
        double upper = model.upper();
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return;
        }
        time.setLowerBound(lower);
        time.setUpperBound(upper);
        time.setTickUnit(TrendViewModel.tickUnit(upper - lower));
        for (PenViewModel pen : model.pens()) {
            XYChart.Series<Number, Number> line = series.get(pen);
            if (line == null) {
                continue;
            }
            List<XYChart.Data<Number, Number>> points = pen.points(lower, upper, BUCKETS).stream()
                    .map(p -> new XYChart.Data<Number, Number>(p.time(), p.value())).toList();
            line.getData().setAll(points);
        }
    }

    /** Whether the chart is on screen: its tab selected (a hidden tab's content is invisible). */
    private boolean shown() {
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    public int pointsShown(PenViewModel pen) {
        XYChart.Series<Number, Number> line = series.get(pen);
        return line == null ? 0 : line.getData().size();
    }

}
