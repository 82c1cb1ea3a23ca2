package org.icsdrill.ui.network;

import org.icsdrill.api.TrafficItem;

/**
 * One request in the network monitor.
 *
 * @param unknownSource the source is none of the hosts that belong on this network: look at it
 */
public record TrafficRow(TrafficItem item, String time, boolean unknownSource) {
}
