package org.icsdrill.scenario.hosts.site;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.icsdrill.scenario.site.Host;

/**
 * Where a host's service really listens: at the port the site declares, or at a free port a run took
 * instead ({@code --modbus-port 0}, as tests run).
 */
@FunctionalInterface
public interface ServiceLocator {

    /** The host's service of this protocol, if it offers one. */
    Optional<InetSocketAddress> find(Host host, String protocol);

    /** At the ports the site declares. */
    ServiceLocator DECLARED = (host, protocol) -> host.services().stream()
            .filter(s -> s.protocol().equals(protocol)).findFirst()
            .map(s -> new InetSocketAddress(Addresses.of(host), s.port()));
}
