package org.icsdrill.core.net;

/**
 * A change of the firewall's rules, as its log records a configuration change: a conduit, or one service
 * on it ({@code service} empty for the whole conduit), closed or opened again.
 */
public record FirewallChange(double plantTimeSeconds, String firewall, String conduit, String service, boolean closed) {

    /** {@code close-conduit}, {@code open-service}: the ECS {@code event.action}. */
    public String action() {
        return (closed ? "close-" : "open-") + (service.isEmpty() ? "conduit" : "service");
    }
}
