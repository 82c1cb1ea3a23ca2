package org.icsdrill.api;

import java.util.List;

/**
 * One page of kept requests, in the order asked for ({@link TrafficQuery#newer()}).
 *
 * @param more       further requests match beyond this page, in the same direction
 * @param throughSeq every kept request up to this number has been looked at: the newest kept one when
 *                   the page was made, or, for a page towards newer that is {@code more}, its last one;
 *                   a client that follows new requests asks next from here
 */
public record TrafficPage(List<TrafficItem> items, boolean more, long throughSeq) {

    public TrafficPage {
        items = List.copyOf(items);
    }
}
