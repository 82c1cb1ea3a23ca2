package org.icsdrill.ui.mimic.view;

import org.icsdrill.core.mimic.Equipment;

/** A room or zone of a building, as on a floor plan; its values are written inside. */
final class ZoneSymbol extends Symbol {

    ZoneSymbol(Equipment spec) {
        super(spec);
        plain(centred(width(160), height(100)), "mimic-room");
    }
}
