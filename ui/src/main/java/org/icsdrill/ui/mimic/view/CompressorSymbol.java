package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Polygon;
import org.icsdrill.core.mimic.Equipment;

/** A centrifugal compressor: wide at the suction (left), narrow at the discharge; filled while it turns. */
final class CompressorSymbol extends Symbol {

    CompressorSymbol(Equipment spec) {
        super(spec);
        body(new Polygon(-24, -26, 24, -12, 24, 12, -24, 26));
    }
}
