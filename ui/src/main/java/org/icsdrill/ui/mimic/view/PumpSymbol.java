package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.icsdrill.core.mimic.Equipment;

/** A centrifugal pump: a casing with its discharge on top; filled while it runs. */
final class PumpSymbol extends Symbol {

    PumpSymbol(Equipment spec) {
        super(spec);
        detail(new Line(0, -14, 14, -14));
        body(new Circle(0, 0, 14));
        detail(new Polygon(-6, -8, -6, 8, 9, 0));
    }
}
