package org.icsdrill.ui.site;

import org.icsdrill.api.DurationText;
import org.icsdrill.api.HostEvent;
import org.icsdrill.ui.common.Messages;

/**
 * One line of a host's event log as the host panel shows it, in the console's language but for the
 * detail, which the server writes in English.
 *
 * @param time        plant time as a clock, {@code 00:10:00}
 * @param destination {@code 127.0.35.20:3389 (rdp)}, empty for none
 * @param failed      the outcome was a failure: the row is marked
 */
public record HostEventRow(long seq, String time, String action, String outcome, boolean failed, String user,
                           String destination, String detail) {

    static HostEventRow of(HostEvent e, Messages messages) {
        String destination = e.destination().isEmpty() || e.protocol().isEmpty() ? e.destination()
                : messages.get("host.destinationOf", e.destination(), e.protocol());
        return new HostEventRow(e.seq(), DurationText.clock(e.time()), messages.get("host.action." + e.action().name()),
                messages.get("host.outcome." + outcome(e)), e.failed(), e.user(), destination, e.detail());
    }

    /** ECS writes success, failure or unknown; anything else reads as unknown. */
    private static String outcome(HostEvent e) {
        return switch (e.outcome()) {
            case "success", "failure" -> e.outcome();
            default -> "unknown";
        };
    }
}
