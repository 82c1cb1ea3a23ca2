package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Polygon;
import org.icsdrill.core.mimic.Equipment;

/** A steam turbine: narrow at the steam inlet (left), wide at the exhaust; filled while it turns. */
final class TurbineSymbol extends Symbol {

    TurbineSymbol(Equipment spec) {
        super(spec);
        double w = width(48) / 2;
        double h = height(56) / 2;
        body(new Polygon(-w, -h / 2, w, -h, w, h, -w, h / 2));
    }
}
