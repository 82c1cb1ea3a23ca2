package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Polygon;
import org.icsdrill.core.mimic.Equipment;

/** A boiler or furnace: a casing with a burner flame, filled while it fires. */
final class BoilerSymbol extends Symbol {

    BoilerSymbol(Equipment spec) {
        super(spec);
        double w = width(60) / 2;
        double h = height(70) / 2;
        plain(centred(2 * w, 2 * h), "mimic-casing");
        body(new Polygon(-10, h - 6, 10, h - 6, 8, h - 18, 3, h - 14, 0, h - 28, -3, h - 14, -8, h - 18));
    }
}
