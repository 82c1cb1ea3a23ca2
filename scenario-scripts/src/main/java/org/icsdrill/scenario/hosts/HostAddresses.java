package org.icsdrill.scenario.hosts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * The loopback addresses the simulated hosts of the plant network speak from, so that a sensor on
 * {@code lo} can tell who said what. Linux routes all of 127.0.0.0/8 to the loopback interface.
 */
public record HostAddresses(InetAddress scada, InetAddress engineering, InetAddress attacker) {

    public HostAddresses {
        Objects.requireNonNull(scada, "scada");
        Objects.requireNonNull(engineering, "engineering");
        Objects.requireNonNull(attacker, "attacker");
    }

    public static HostAddresses defaults() {
        return new HostAddresses(loopback("127.0.0.10"), loopback("127.0.0.20"), loopback("127.0.0.66"));
    }

    /** Parses a literal address and checks it is on loopback: simulated hosts never leave the machine. */
    public static InetAddress loopback(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException(literal + " is not a loopback address (127.0.0.0/8)");
            }
            return address;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + literal, e);
        }
    }
}
