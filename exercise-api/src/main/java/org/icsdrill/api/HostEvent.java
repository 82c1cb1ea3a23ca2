package org.icsdrill.api;

import java.util.Objects;

/**
 * One line of a host's event log ({@code Exercise.HostEvents}, {@code hosts.jsonl}): what a simulated
 * host logged, named as Windows and Sysmon log it, so that the console's host panel, the ECS file and the
 * record say the same.
 *
 * @param seq         number of the event in the run, from 1
 * @param time        plant time, seconds
 * @param action      what happened, named as ECS {@code event.action} names it ({@link HostEventAction#id()})
 * @param outcome     {@code success}, {@code failure} or {@code unknown} (ECS {@code event.outcome})
 * @param user        the account acting, empty for none
 * @param destination {@code address:port} of a connection, empty for none
 * @param protocol    the protocol of a connection ({@code rdp}), empty for none
 * @param detail      what else the log line says (a process, a device, a reason), in English
 * @param attack      the scenario attack that caused it, empty for normal activity (ground truth; not shown
 *                    to trainees)
 */
public record HostEvent(long seq, double time, String host, HostEventAction action, String outcome, String user,
                        String destination, String protocol, String detail, String attack) {

    public HostEvent {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(action, "action");
        outcome = outcome == null ? "unknown" : outcome;
        user = user == null ? "" : user;
        destination = destination == null ? "" : destination;
        protocol = protocol == null ? "" : protocol;
        detail = detail == null ? "" : detail;
        attack = attack == null ? "" : attack;
    }

    /** The event as trainees may see it: without the attack that caused it. */
    public HostEvent withoutGroundTruth() {
        return attack.isEmpty() ? this : new HostEvent(seq, time, host, action, outcome, user, destination, protocol,
                detail, "");
    }

    public boolean failed() {
        return outcome.equals("failure");
    }
}
