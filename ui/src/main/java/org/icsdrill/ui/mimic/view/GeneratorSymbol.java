package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import org.icsdrill.core.mimic.Equipment;

/** A generator: a circle with a sine wave; filled while it turns. */
final class GeneratorSymbol extends Symbol {

    GeneratorSymbol(Equipment spec) {
        super(spec);
        body(new Circle(0, 0, 24));
        CubicCurve wave = new CubicCurve(-14, 0, -6, -16, 6, 16, 14, 0);
        wave.setFill(null);
        plain(wave, "mimic-wave");
    }
}
