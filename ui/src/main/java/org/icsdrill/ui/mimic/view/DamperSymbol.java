package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Line;
import org.icsdrill.core.mimic.Equipment;

/** A damper in an air duct: its blade turns with the opening (across the duct when shut). */
final class DamperSymbol extends Symbol {

    private final Line blade;

    DamperSymbol(Equipment spec) {
        super(spec);
        double h = height(48) / 2;
        body(centred(12, 2 * h));
        blade = plain(new Line(0, -h + 4, 0, h - 4), "mimic-blade");
    }

    @Override
    protected void showOpening(double fraction) {
        blade.setRotate(Double.isNaN(fraction) ? 0 : 90 * fraction);
    }
}
