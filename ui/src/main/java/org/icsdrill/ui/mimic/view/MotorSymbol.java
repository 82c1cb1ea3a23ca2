package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Circle;
import org.icsdrill.core.mimic.Equipment;

/** An electric motor: a circle with M; filled while it runs. */
final class MotorSymbol extends Symbol {

    MotorSymbol(Equipment spec) {
        super(spec);
        body(new Circle(0, 0, 13));
        letters("M", 4);
    }
}
