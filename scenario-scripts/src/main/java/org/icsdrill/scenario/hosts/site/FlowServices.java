package org.icsdrill.scenario.hosts.site;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.net.FlowListener;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.Zone;

/**
 * A listener for every service of the site's hosts that the simulator does not emulate (RDP, SMB, HTTPS,
 * the historian's replication...), at the host's address, so that flows cross the conduits on real sockets
 * (ADR 17). On free ports when the run's endpoints take free ports. A port the process may not bind (below
 * 1024 without root) is left out and named in {@link #leftOut()}: flows to it are refused.
 */
public final class FlowServices implements ServiceLocator, AutoCloseable {

    /** No listeners: a run without a site. */
    public static final FlowServices NONE = new FlowServices(List.of(), List.of(), List.of());

    private final List<FlowListener> listeners;
    private final List<String> leftOut;
    /** The port the site declares for each listener, in the listeners' order. */
    private final List<Integer> declared;

    private FlowServices(List<FlowListener> listeners, List<String> leftOut, List<Integer> declared) {
        this.listeners = List.copyOf(listeners);
        this.leftOut = List.copyOf(leftOut);
        this.declared = List.copyOf(declared);
    }

    public static FlowServices start(Site site, boolean freePorts, SourcePolicy policy) {
        List<FlowListener> listeners = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<Integer> declared = new ArrayList<>();
        for (Host h : site.hosts()) {
            for (Service service : h.services()) {
                if (service.carriesPayload()) {
                    continue;
                }
                try {
                    listeners.add(FlowListener.start(h.address(), freePorts ? 0 : service.port(), service.protocol(),
                            policy));
                    declared.add(service.port());
                } catch (IOException e) {
                    left.add(service + " of " + h.name() + " (" + e.getMessage() + ")");
                }
            }
        }
        return new FlowServices(listeners, left, declared);
    }

    public List<FlowListener> listeners() {
        return listeners;
    }

    /** Where each listener really listens, with the port the site declares for it (the capture writes that one). */
    public Map<InetSocketAddress, Integer> declaredPorts() {
        Map<InetSocketAddress, Integer> ports = new LinkedHashMap<>();
        for (int i = 0; i < listeners.size(); i++) {
            FlowListener l = listeners.get(i);
            ports.put(new InetSocketAddress(HostAddresses.loopback(l.address()), l.port()), declared.get(i));
        }
        return ports;
    }

    /** The services that could not listen, each with why. */
    public List<String> leftOut() {
        return leftOut;
    }

    /** The ports the listeners for {@code service}'s protocol took in {@code zone}: what its conduits must allow. */
    public List<Integer> ports(Zone zone, Service service) {
        return listeners.stream().filter(f -> f.protocol().equals(service.protocol()) && zone.contains(f.address()))
                .map(FlowListener::port).toList();
    }

    /** The host's listener for the protocol, or the port the site declares when it has none. */
    @Override
    public Optional<InetSocketAddress> find(Host host, String protocol) {
        return listeners.stream().filter(f -> f.address().equals(host.address()) && f.protocol().equals(protocol))
                .findFirst().map(f -> new InetSocketAddress(Addresses.of(host), f.port()))
                .or(() -> ServiceLocator.DECLARED.find(host, protocol));
    }

    /** Tells {@code tap} about every flow from now on ({@link NetworkTap#NONE} to stop). */
    public void capture(NetworkTap tap) {
        listeners.forEach(l -> l.capture(tap));
    }

    @Override
    public void close() {
        listeners.forEach(FlowListener::close);
    }
}
