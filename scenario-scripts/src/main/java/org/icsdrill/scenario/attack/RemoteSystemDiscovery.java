package org.icsdrill.scenario.attack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.scenario.effect.HostLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.model.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * T0846 Remote System Discovery: from the attacker (or its {@code host}), a TCP connect scan of the loopback host on the
 * plants' Modbus ports and the well-known ICS ports, then Modbus device identification (function
 * 43/14) of every open Modbus port, as a scanner such as nmap's modbus-discover script does.
 * One-shot; closed loopback ports refuse at once, so the scan takes milliseconds. The endpoints
 * capture the connects to their own ports; the refused ones, which no endpoint sees, are told to the
 * run's capture here (SYN, then RST).
 */
final class RemoteSystemDiscovery implements AttackFactory {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteSystemDiscovery.class);
    /** S7comm, Modbus/TCP, IEC 60870-5-104, OPC UA, DNP3, EtherNet/IP. */
    static final List<Integer> WELL_KNOWN_PORTS = List.of(102, 502, 2404, 4840, 20000, 44818);
    static final int MODBUS_PORT = 502;
    private static final int CONNECT_TIMEOUT_MILLIS = 200;
    private static final Duration MODBUS_TIMEOUT = Duration.ofSeconds(1);

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        InetAddress from = HostLookup.sender(context, attack.parameters());
        Map<InetSocketAddress, String> modbusPorts = new LinkedHashMap<>();
        for (String plant : context.plants()) {
            modbusPorts.put(context.endpoint(plant).modbus(), plant);
        }
        List<InetSocketAddress> open = scan(from, targets(modbusPorts.keySet()), context.capture());
        LOG.info("{}: open ports on loopback: {}", attack.id(), open);
        for (InetSocketAddress port : open) {
            if (modbusPorts.containsKey(port) || port.getPort() == MODBUS_PORT) {
                DeviceIdentification.identify(attack.id(), port,
                        () -> ModbusHostClient.connect(from, port, MODBUS_TIMEOUT));
            }
        }
        return Effect.DONE;
    }

    /** The plants' ports, then the well-known ports on every host they live on and on 127.0.0.1. */
    private static Set<InetSocketAddress> targets(Set<InetSocketAddress> plantPorts) {
        Set<InetAddress> hosts = new LinkedHashSet<>();
        hosts.add(InetAddress.getLoopbackAddress());
        plantPorts.forEach(p -> hosts.add(p.getAddress()));
        Set<InetSocketAddress> targets = new LinkedHashSet<>(plantPorts);
        for (InetAddress host : hosts) {
            if (!host.isLoopbackAddress()) {
                continue; // the scan never leaves the machine
            }
            WELL_KNOWN_PORTS.forEach(port -> targets.add(new InetSocketAddress(host, port)));
        }
        targets.removeIf(t -> !t.getAddress().isLoopbackAddress());
        return targets;
    }

    static List<InetSocketAddress> scan(InetAddress from, Set<InetSocketAddress> targets, NetworkTap capture) {
        List<InetSocketAddress> open = new ArrayList<>();
        for (InetSocketAddress target : targets) {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(from, 0));
                try {
                    socket.connect(target, CONNECT_TIMEOUT_MILLIS);
                } catch (ConnectException e) {
                    capture.refused(new InetSocketAddress(from, 0), target); // closed: what a scan is for
                    continue;
                }
                open.add(target);
                // an orderly close, waited for, so the endpoint has captured it at this plant time
                ModbusHostClient.awaitServerClose(socket, CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                // filtered, or gone while closing
            }
        }
        return open;
    }
}
