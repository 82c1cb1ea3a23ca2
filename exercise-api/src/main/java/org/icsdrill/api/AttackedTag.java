package org.icsdrill.api;

import java.util.List;

/**
 * A tag under attack, as the instructor sees it: its true value beside the value the network shows,
 * and how soon its true value reaches the plant's declared limit at its present rate. Either a running
 * attack names it, or it belongs to a plant under attack and is heading for (or beyond) its limit: the
 * consequence the attack is driving at (a runaway's temperature when the attack wrote the coolant valve).
 *
 * @param targeted       a running attack names the tag; false for a tag of an attacked plant near its limit
 * @param attacks        the ids of the running attacks that name it, or that run on its plant
 * @param trueValue      the physics, or the controller's memory for values no instrument measures
 * @param shownValue     what every client reads (the network view, replayed or spoofed as it may be)
 * @param limit          {@code HH} or {@code LL}: the limit the value is heading for or beyond; empty when
 *                       the tag declares neither
 * @param limitValue     that limit's value; null with no limit
 * @param secondsToLimit plant seconds until the true value reaches the limit at its rate over the last
 *                       minute; 0 when it is at or beyond it; null when it is not heading there (or no
 *                       limit, or too few samples yet)
 */
public record AttackedTag(String plant, String tag, String unit, boolean targeted, List<String> attacks, double trueValue,
                          double shownValue, String limit, Double limitValue, Double secondsToLimit) {

    public AttackedTag {
        attacks = List.copyOf(attacks);
        unit = unit == null ? "" : unit;
        limit = limit == null ? "" : limit;
    }
}
