package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Rectangle;
import org.icsdrill.core.mimic.Equipment;

/** A vessel with rounded heads; its level, when it has one, as a grey fill from the bottom. */
final class VesselSymbol extends Symbol {

    private final Rectangle liquid;
    private final double h;

    VesselSymbol(Equipment spec) {
        super(spec);
        double w = width(80) / 2;
        h = height(160) / 2;
        Rectangle shell = plain(centred(2 * w, 2 * h), "mimic-casing");
        shell.setArcWidth(w);
        shell.setArcHeight(w);
        liquid = plain(new Rectangle(-w + 3, h - 3, 2 * w - 6, 0), "mimic-liquid");
        liquid.setArcWidth(w / 2);
        liquid.setArcHeight(w / 2);
    }

    @Override
    protected void showLevel(double fraction) {
        double height = Double.isNaN(fraction) ? 0 : fraction * (2 * h - 6);
        liquid.setY(h - 3 - height);
        liquid.setHeight(height);
    }
}
