package org.icsdrill.scenario.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A host of the site at its loopback address in one zone, with the services it listens on and its
 * accounts.
 *
 * @param plant for a {@code plc} (or {@code sis}): the plant id whose endpoints it serves
 */
public record Host(String name, String role, String zone, String address, Optional<String> plant,
        List<Service> services, List<Account> accounts) {

    /** Every role a host may have, from the Internet down to the safety system. */
    public static final List<String> ROLES = List.of("office-pc", "mail", "directory", "historian-replica",
            "jump-host", "remote-access-gateway", "scada", "hmi", "engineering-workstation", "plc", "sis", "supplier",
            "attacker");

    /** The roles that stand for a plant's controller and so name the plant. */
    public static final List<String> PLANT_ROLES = List.of("plc", "sis");

    public Host {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(plant, "plant");
        services = List.copyOf(services);
        accounts = List.copyOf(accounts);
    }

    /** The service at this port, if the host offers one there. */
    public Optional<Service> service(int port) {
        return services.stream().filter(s -> s.port() == port).findFirst();
    }
}
