package org.icsdrill.scenario.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loopback addresses of the simulated hosts: each is a real TCP client bound to its own
 * address, so a sensor on {@code lo} sees who said what.
 */
public record Hosts(String scada, String engineering, String attacker) {

    public static final Hosts DEFAULT = new Hosts("127.0.0.10", "127.0.0.20", "127.0.0.66");

    public Hosts {
        Objects.requireNonNull(scada, "scada");
        Objects.requireNonNull(engineering, "engineering");
        Objects.requireNonNull(attacker, "attacker");
    }

    /** The host names a scenario may use, in file order. */
    public static List<String> names() {
        return List.of("scada", "engineering", "attacker");
    }

    /** The address of a named host. */
    public Optional<String> address(String name) {
        return Optional.ofNullable(asMap().get(name));
    }

    public Map<String, String> asMap() {
        return Map.of("scada", scada, "engineering", engineering, "attacker", attacker);
    }

    /** A copy with one host's address replaced. */
    public Hosts with(String name, String address) {
        return switch (name) {
            case "scada" -> new Hosts(address, engineering, attacker);
            case "engineering" -> new Hosts(scada, address, attacker);
            case "attacker" -> new Hosts(scada, engineering, address);
            default -> throw new IllegalArgumentException("unknown host: " + name);
        };
    }
}
