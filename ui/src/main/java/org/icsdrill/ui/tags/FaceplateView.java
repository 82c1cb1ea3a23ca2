package org.icsdrill.ui.tags;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.overview.OverviewView;

/**
 * The side pane to write a set point: tag, range, new value, whose login writes it, the server's answer;
 * with a loop open (from a mimic), the loop's live PV, SP, OUT and mode above it and a choice of
 * which of its tags to write.
 */
public final class FaceplateView extends VBox {

    public FaceplateView(FaceplateViewModel model, Messages messages) {
        this(model, messages, "faceplate");
    }

    /** @param id the pane's node id and the prefix of its parts' ids ({@code <id>-value}, ...) */
    public FaceplateView(FaceplateViewModel model, Messages messages, String id) {
        super(8);
        setId(id);
        getStyleClass().add("faceplate");
        setPadding(new Insets(10));
        setPrefWidth(300);
        setMinWidth(300);

        Label title = new Label(messages.get("faceplate.title"));
        title.getStyleClass().add("tile-title");
        VBox loop = loopSection(model, messages, id);
        Label tag = new Label();
        tag.setId(id + "-tag");
        Label range = new Label();
        model.tagProperty().addListener((o, a, t) -> {
            tag.setText(t == null ? messages.get("faceplate.none") : t.name() + " — " + t.description());
            range.setText(t == null ? "" : model.rangeText());
        });
        tag.setText(messages.get("faceplate.none"));
        tag.setWrapText(true);

        TextField value = new TextField();
        value.setId(id + "-value");
        value.textProperty().bindBidirectional(model.newValueProperty());

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("faceplate.range")), range);
        form.addRow(1, new Label(messages.get("faceplate.newValue")), value);

        Button write = new Button(messages.get("faceplate.write"));
        write.setId(id + "-write");
        write.disableProperty().bind(model.tagProperty().isNull().or(model.busyProperty()));
        write.setOnAction(e -> model.write());

        Label hint = new Label();
        hint.setId(id + "-login");
        hint.textProperty().bind(model.loginHintProperty());
        hint.setWrapText(true);
        hint.getStyleClass().add("range");
        Label result = new Label();
        result.setId(id + "-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        model.refusedProperty().addListener((o, a, refused) -> Styles.toggle(result, Styles.ABNORMAL, refused));

        Button trend = new Button(messages.get("faceplate.addToTrend"));
        trend.setId(id + "-trend");
        trend.visibleProperty().bind(model.trendAvailableProperty());
        trend.managedProperty().bind(trend.visibleProperty());
        trend.disableProperty().bind(model.tagProperty().isNull().and(model.loopProperty().isNull()));
        trend.setOnAction(e -> model.addToTrend());

        getChildren().addAll(title, loop, tag, form, write, hint, result, trend);
    }

    /** The open loop's title, live rows and write target; hidden while no loop is open. */
    private static VBox loopSection(FaceplateViewModel model, Messages messages, String id) {
        Label name = new Label();
        name.setId(id + "-loop");
        name.getStyleClass().add("status");
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(2);
        model.rows().addListener((ListChangeListener<FaceplateViewModel.Row>) change -> {
            rows.getChildren().clear();
            int r = 0;
            for (FaceplateViewModel.Row row : model.rows()) {
                Label role = new Label(model.label(row));
                role.getStyleClass().add("tag-name");
                Label value = new Label();
                value.setId(OverviewView.nodeId(id + "-row", row.live().tag().id()));
                value.textProperty().bind(row.text());
                value.getStyleClass().add("value");
                row.live().abnormalProperty().addListener((o, a, abnormal) -> Styles.toggle(value, Styles.ABNORMAL, abnormal));
                Styles.toggle(value, Styles.ABNORMAL, row.live().abnormalProperty().get());
                Label unit = new Label(row.live().unit());
                unit.getStyleClass().add("unit");
                Label tagName = new Label(row.live().name());
                tagName.getStyleClass().add("range");
                rows.addRow(r++, role, value, unit, tagName);
            }
        });

        ChoiceBox<TagInfo> target = new ChoiceBox<>();
        target.setId(id + "-target");
        target.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TagInfo tag) {
                return tag == null ? "" : tag.name();
            }

            @Override
            public TagInfo fromString(String text) {
                return null;
            }
        });
        model.writeTargets().addListener((ListChangeListener<TagInfo>) change -> target.getItems().setAll(model.writeTargets()));
        model.tagProperty().addListener((o, a, tag) -> target.setValue(tag));
        target.valueProperty().addListener((o, a, tag) -> {
            if (tag != null && tag != model.tagProperty().get()) {
                model.tagProperty().set(tag);
            }
        });
        GridPane write = new GridPane();
        write.setHgap(6);
        write.addRow(0, new Label(messages.get("faceplate.writeTo")), target);

        VBox section = new VBox(6, name, rows, write);
        section.getStyleClass().add("faceplate-loop");
        model.loopProperty().addListener((o, a, open) -> name.setText(open == null ? "" : open.title()));
        section.visibleProperty().bind(model.loopProperty().isNotNull());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }
}
