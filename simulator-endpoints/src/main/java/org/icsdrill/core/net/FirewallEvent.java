package org.icsdrill.core.net;

import java.time.Instant;

/**
 * One line of a firewall's log: a connection from {@code source} to {@code destination}
 * ({@code address:port}) for {@code service} ({@code modbus/5020}), allowed or denied by {@code rule}
 * (a conduit's name, or {@code default-deny}), as a perimeter firewall logs it.
 *
 * @param firewall the device on the path, or empty when neither zone has a conduit to name one
 */
public record FirewallEvent(double plantTimeSeconds, Instant wallTime, String firewall, String sourceZone,
                            String source, String destinationZone, String destination, String service,
                            String rule, boolean allowed) {

    /** Why a denied connection was refused, as the endpoints journal it: "firewall fw-ops: default-deny". */
    public String reason() {
        return "firewall" + (firewall.isEmpty() ? "" : " " + firewall) + ": " + rule;
    }
}
