package org.icsdrill.ui.mimic.view;

import org.icsdrill.core.mimic.Equipment;

/** A circuit breaker (ANSI 52): a square, filled when closed. */
final class BreakerSymbol extends Symbol {

    BreakerSymbol(Equipment spec) {
        super(spec);
        body(centred(22, 22));
    }
}
