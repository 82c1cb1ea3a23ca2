package org.icsdrill.ui.tags;

import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.opcua.TagInfo;

/**
 * Every tag of one plant in a table, with the faceplate of the selected tag beside it; a row's
 * context menu sends its tag to the trend when the console has one.
 */
public final class TagTableView extends BorderPane {

    private final TableView<LiveTagViewModel> table = new TableView<>();

    public TagTableView(TagTableViewModel model, FaceplateViewModel faceplate, Messages messages) {
        this(model, faceplate, messages, null);
    }

    /** @param toTrend where "Add to trend" sends a row's tag; null for no such menu */
    public TagTableView(TagTableViewModel model, FaceplateViewModel faceplate, Messages messages,
                        Consumer<TagInfo> toTrend) {
        table.setId("tags-" + model.plant().id());
        table.setItems(FXCollections.observableArrayList(model.rows()));
        table.getColumns().add(column(messages.get("column.name"), r -> new ReadOnlyStringWrapper(r.name()), 130));
        table.getColumns().add(column(messages.get("column.description"),
                r -> new ReadOnlyStringWrapper(r.description()), 300));
        TableColumn<LiveTagViewModel, String> value = column(messages.get("column.value"), LiveTagViewModel::valueProperty, 90);
        value.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                LiveTagViewModel row = empty || getTableRow() == null ? null : getTableRow().getItem();
                Styles.toggle(this, Styles.ABNORMAL, row != null && row.abnormalProperty().get());
            }
        });
        table.getColumns().add(value);
        table.getColumns().add(column(messages.get("column.unit"), r -> new ReadOnlyStringWrapper(r.unit()), 70));
        table.getColumns().add(column(messages.get("column.range"), r -> new ReadOnlyStringWrapper(r.range()), 130));
        table.getSelectionModel().selectedItemProperty().addListener((o, before, row) ->
                faceplate.tagProperty().set(row == null || !row.tag().writable() ? null : row.tag()));
        if (toTrend != null) {
            table.setRowFactory(t -> trendRow(toTrend, messages));
        }
        setCenter(table);
        setRight(new FaceplateView(faceplate, messages));
    }

    private static TableRow<LiveTagViewModel> trendRow(Consumer<TagInfo> toTrend, Messages messages) {
        TableRow<LiveTagViewModel> row = new TableRow<>();
        MenuItem add = new MenuItem(messages.get("tags.addToTrend"));
        add.setOnAction(e -> {
            if (row.getItem() != null) {
                toTrend.accept(row.getItem().tag());
            }
        });
        ContextMenu menu = new ContextMenu(add);
        row.contextMenuProperty().bind(row.emptyProperty().map(empty -> empty ? null : menu));
        return row;
    }

    public TableView<LiveTagViewModel> table() {
        return table;
    }

    private static TableColumn<LiveTagViewModel, String> column(String title,
            javafx.util.Callback<LiveTagViewModel, javafx.beans.value.ObservableValue<String>> value, double width) {
        TableColumn<LiveTagViewModel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(features -> value.call(features.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
