package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Rectangle;
import org.icsdrill.core.mimic.Equipment;

/** A door on a floor plan: its leaf and swing; the leaf is filled while the door is open. */
final class DoorSymbol extends Symbol {

    DoorSymbol(Equipment spec) {
        super(spec);
        Arc swing = new Arc(-14, 0, 28, 28, 0, 90);
        swing.setType(ArcType.OPEN);
        swing.setFill(null);
        plain(swing, "mimic-wave");
        body(new Rectangle(-16, -30, 4, 30));
    }
}
