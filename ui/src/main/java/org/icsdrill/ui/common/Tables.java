package org.icsdrill.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** Read-only table columns over records of display text, and row styling, for the views' tables. */
public final class Tables {

    private Tables() {
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> text, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(features -> new ReadOnlyStringWrapper(text.apply(features.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** The same, with the cell marked abnormal (ISA-101: the one coloured thing) when {@code abnormal} holds for its row. */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> text, double width,
                                                    Predicate<T> abnormal) {
        TableColumn<T, String> column = column(title, text, width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                Styles.toggle(this, Styles.ABNORMAL, row != null && abnormal.test(row));
            }
        });
        return column;
    }

    /** Lets long texts wrap onto more lines of the row instead of being cut short; returns the column. */
    public static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> {
            Text text = new Text();
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(10));
            TableCell<T, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item);
                    setGraphic(empty ? null : text);
                }
            };
            cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
            return cell;
        });
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
