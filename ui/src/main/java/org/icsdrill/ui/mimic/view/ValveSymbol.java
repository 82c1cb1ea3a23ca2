package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.icsdrill.core.mimic.Equipment;

/** A valve in a pipe (ISA-5.1 bow tie) with its actuator on top: filled when open. */
final class ValveSymbol extends Symbol {

    ValveSymbol(Equipment spec) {
        super(spec);
        detail(new Line(0, 0, 0, -14));
        detail(new Rectangle(-7, -20, 14, 6));
        body(new Polygon(-13, -9, 0, 0, -13, 9));
        body(new Polygon(13, -9, 0, 0, 13, 9));
    }
}
