package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Rectangle;
import org.icsdrill.core.mimic.Equipment;

/** A status lamp of an on/off signal (a trip latch, a fire alarm): filled while on. */
final class LampSymbol extends Symbol {

    LampSymbol(Equipment spec) {
        super(spec);
        Rectangle lamp = body(centred(14, 14));
        lamp.setArcWidth(4);
        lamp.setArcHeight(4);
    }
}
