package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Polyline;
import org.icsdrill.core.mimic.Equipment;

/** A heating or cooling coil across an air duct: filled while its valve is open. */
final class CoilSymbol extends Symbol {

    CoilSymbol(Equipment spec) {
        super(spec);
        double h = height(48) / 2;
        body(centred(24, 2 * h));
        Polyline zigzag = new Polyline(-12, -h, 12, -h / 2, -12, 0, 12, h / 2, -12, h);
        zigzag.setFill(null);
        plain(zigzag, "mimic-wave");
    }
}
