package org.icsdrill.scenario.site;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A TCP service a host offers or a conduit allows: a protocol at a port. Only Modbus and OPC UA are
 * emulated with real payloads; the others are flows only: a real TCP connection to a listener at the
 * address and port, so a sensor sees who talks to whom, with no protocol inside.
 */
public record Service(String protocol, int port) {

    /** Every protocol a site may name, in the order docs/site.md lists them. */
    public static final List<String> PROTOCOLS = List.of("modbus", "opcua", "rdp", "smb", "https", "http", "smtp",
            "ldap", "kerberos", "ssh", "vpn", "pi", "syslog");

    /** The protocols whose payloads are real (the simulator's Modbus/TCP and OPC UA servers). */
    public static final Set<String> PAYLOAD_PROTOCOLS = Set.of("modbus", "opcua");

    public Service {
        Objects.requireNonNull(protocol, "protocol");
    }

    /** Real requests and responses, not only a flow. */
    public boolean carriesPayload() {
        return PAYLOAD_PROTOCOLS.contains(protocol);
    }

    /** {@code opcua/4840}, as tables, messages and the firewall's log write it. */
    @Override
    public String toString() {
        return protocol + "/" + port;
    }
}
