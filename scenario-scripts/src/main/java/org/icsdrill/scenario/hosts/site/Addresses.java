package org.icsdrill.scenario.hosts.site;

import java.net.InetAddress;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.site.Host;

/** A site host's address as a socket takes it (a loopback literal, the loader checked: no lookup). */
final class Addresses {

    private Addresses() {
    }

    static InetAddress of(Host host) {
        return HostAddresses.loopback(host.address());
    }
}
