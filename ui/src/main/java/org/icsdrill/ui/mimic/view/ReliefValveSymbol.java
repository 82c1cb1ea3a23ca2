package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.icsdrill.core.mimic.Equipment;

/** A relief valve: inlet from below, outlet to the right, spring above. Filled when it has lifted. */
final class ReliefValveSymbol extends Symbol {

    ReliefValveSymbol(Equipment spec) {
        super(spec);
        body(new Polygon(-8, 13, 8, 13, 0, 0));
        body(new Polygon(0, 0, 13, -8, 13, 8));
        detail(new Polyline(0, 0, -5, -3, 5, -6, -5, -9, 5, -12, 0, -15));
    }
}
