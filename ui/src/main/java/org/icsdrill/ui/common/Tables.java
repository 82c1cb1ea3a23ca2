package org.icsdrill.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Read-only text columns and row styling for the console's tables (alarms, traffic, timelines). */
public final class Tables {

    private Tables() {
    }

    /** A column showing a text of each row, not sortable (the view model decides the order). */
    public static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(features -> new ReadOnlyStringWrapper(value.apply(features.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Gives a row the style class {@code style} while {@code when} holds for its item. */
    public static <R> void styleRows(TableView<R> table, String style, Predicate<R> when) {
        var previous = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<R> row = previous == null ? new TableRow<>() : previous.call(t);
            row.itemProperty().addListener((o, before, item) ->
                    Styles.toggle(row, style, item != null && when.test(item)));
            return row;
        });
    }
}
