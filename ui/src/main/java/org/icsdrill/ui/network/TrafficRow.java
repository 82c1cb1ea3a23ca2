package org.icsdrill.ui.network;

import org.icsdrill.api.DurationText;
import org.icsdrill.api.TrafficItem;

/**
 * One request in the network monitor.
 *
 * @param time          plant time as a clock, {@code 00:10:00}
 */
public record TrafficRow(TrafficItem item, String time) {

    static TrafficRow of(TrafficItem item) {
        return new TrafficRow(item, DurationText.clock(item.plantTime()));
    }

    /**
     * The source is none of the hosts that belong on this network, or a known host speaking a protocol it
     * does not speak: look at it.
     */
    public boolean flagged() {
        return item.flagged();
    }

    long seq() {
        return item.seq();
    }
}
