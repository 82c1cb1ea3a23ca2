package org.icsdrill.scenario.site;

import java.util.List;
import java.util.Objects;

/**
 * A conduit of IEC 62443-3-2 between two zones: the services that hosts of {@code from} may open
 * on hosts of {@code to}, enforced by the named firewall. It lists services (protocol and port),
 * not destination hosts: any host of {@code to} offering one is reachable through it.
 *
 * @param direction {@link #FROM_TO}: connections are opened from {@code from} to {@code to} only
 * @param firewall the enforcing device, e.g. {@code fw-dmz}
 */
public record Conduit(String name, String from, String to, List<Service> services, String direction,
        String firewall, String description) {

    /** Connections are opened from {@code from} to {@code to} only; replies flow back on them. */
    public static final String FROM_TO = "from-to";

    /** The directions a conduit may have; one for now. */
    public static final List<String> DIRECTIONS = List.of(FROM_TO);

    public Conduit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(firewall, "firewall");
        Objects.requireNonNull(description, "description");
        services = List.copyOf(services);
    }

    /** This conduit lets a host of {@code fromZone} open {@code service} on a host of {@code toZone}. */
    public boolean allows(String fromZone, String toZone, Service service) {
        return from.equals(fromZone) && to.equals(toZone) && services.contains(service);
    }
}
