package org.icsdrill.core.net;

import java.util.Objects;

/**
 * One service a conduit allows (IEC 62443-3-2): connections opened from a host of {@code fromZone} to
 * {@code protocol} on {@code port} at a host of {@code toZone}, and their answers; nothing the other way.
 *
 * @param firewall the device that enforces the conduit, named in its log ({@code fw-dmz})
 */
public record ConduitRule(String conduit, String fromZone, String toZone, String protocol, int port,
                          String firewall) {

    public ConduitRule {
        Objects.requireNonNull(conduit, "conduit");
        Objects.requireNonNull(fromZone, "fromZone");
        Objects.requireNonNull(toZone, "toZone");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(firewall, "firewall");
    }

    /** {@code modbus/5020}, as the log and the console name a service. */
    public String service() {
        return protocol + "/" + port;
    }
}
