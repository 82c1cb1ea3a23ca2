package org.icsdrill.ui.tags;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/** Every tag of one plant in a table, with the faceplate of the selected tag beside it. */
public final class TagTableView extends BorderPane {

    private final TableView<LiveTagViewModel> table = new TableView<>();

    public TagTableView(TagTableViewModel model, FaceplateViewModel faceplate, Messages messages) {
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
        setCenter(table);
        setRight(new FaceplateView(faceplate, messages));
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
