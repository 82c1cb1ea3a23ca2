package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.icsdrill.core.mimic.Equipment;

/** A fan: a casing with two blades; filled while it runs. */
final class FanSymbol extends Symbol {

    FanSymbol(Equipment spec) {
        super(spec);
        body(new Circle(0, 0, 17));
        detail(new Polygon(0, 0, -4, -14, 4, -14));
        detail(new Polygon(0, 0, -4, 14, 4, 14));
    }
}
