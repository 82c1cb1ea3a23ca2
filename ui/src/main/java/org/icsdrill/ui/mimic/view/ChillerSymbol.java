package org.icsdrill.ui.mimic.view;

import javafx.scene.shape.Line;
import org.icsdrill.core.mimic.Equipment;

/** A chiller: a casing with a snow mark; filled while its compressor runs. */
final class ChillerSymbol extends Symbol {

    ChillerSymbol(Equipment spec) {
        super(spec);
        body(centred(width(56), height(40)));
        plain(new Line(-9, 0, 9, 0), "mimic-blade");
        plain(new Line(-5, -8, 5, 8), "mimic-blade");
        plain(new Line(-5, 8, 5, -8), "mimic-blade");
    }
}
