package org.icsdrill.ui.mimic.view;

import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.icsdrill.core.mimic.Equipment;

/**
 * An ISA-5.1 controller balloon in the control room (a circle with a line through it): function
 * letters above the line, loop number below (the id split at its first digit, {@code TIC101}, or at a
 * dash, {@code TIC-AHU}), and its set point and mode written beside it. In
 * manual it is abnormal (the layout says so with {@code abnormalWhen(false)} on the mode tag).
 */
final class ControllerSymbol extends Symbol {

    private final Label detail = new Label();

    ControllerSymbol(Equipment spec) {
        super(spec);
        plain(new Circle(0, 0, 19), "mimic-balloon");
        detail(new Line(-19, 0, 19, 0));
        String id = spec.id();
        int dash = id.indexOf('-');
        int split = dash > 0 ? dash : firstDigit(id);
        letters(split > 0 ? id.substring(0, split) : id, -4);
        letters(split > 0 ? id.substring(dash > 0 ? split + 1 : split) : "", 13);
        detail.getStyleClass().add("mimic-detail-text");
        detail.relocate(23, -16);
        beside(detail);
    }

    private static int firstDigit(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (Character.isDigit(id.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void showDetail(String text) {
        detail.setText(text);
    }
}
