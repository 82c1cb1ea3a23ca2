package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.scenario.site.Service;
import org.snakeyaml.engine.v2.nodes.Node;

/** Lists of {@code {protocol: modbus, port: 5020}}, as hosts offer them and conduits allow them. */
final class ServiceReader {

    static final String EXAMPLE = "{protocol: modbus, port: 5020}";
    private static final List<String> KEYS = List.of("protocol", "port");

    private final Values values;
    private final Diagnostics diagnostics;

    ServiceReader(Values values) {
        this.values = values;
        this.diagnostics = values.diagnostics();
    }

    /**
     * A host's services: one listener per port, so a second service on a port is reported (the
     * same port under another protocol too: a socket cannot listen twice).
     */
    Optional<List<Service>> offered(Node node) {
        return read(node, true);
    }

    /** A conduit's services: at least one, each (protocol and port) once. */
    Optional<List<Service>> allowed(Node node) {
        Optional<List<Service>> services = read(node, false);
        if (services.isPresent() && services.get().isEmpty()) {
            diagnostics.at(node, "list at least one service the conduit allows, like [" + EXAMPLE + "]");
            return Optional.empty();
        }
        return services;
    }

    private Optional<List<Service>> read(Node node, boolean onePerPort) {
        Optional<List<Node>> items = values.list(node, "a list of services like [" + EXAMPLE + "]");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Service> services = new ArrayList<>();
        Map<Object, Node> seen = new LinkedHashMap<>();
        Map<Object, Service> first = new LinkedHashMap<>();
        boolean ok = true;
        for (Node item : items.get()) {
            Optional<Service> service = service(item);
            ok &= service.isPresent();
            if (service.isEmpty()) {
                continue;
            }
            Service s = service.get();
            Object key = onePerPort ? (Object) s.port() : s;
            if (seen.containsKey(key)) {
                diagnostics.at(item, onePerPort
                        ? "port " + s.port() + " is already taken by " + first.get(key) + " on this host (line "
                                + Values.line(seen.get(key)) + "): one listener per port"
                        : "service " + s + " is listed twice; first at line " + Values.line(seen.get(key)));
                ok = false;
                continue;
            }
            seen.put(key, item);
            first.put(key, s);
            services.add(s);
        }
        return ok ? Optional.of(services) : Optional.empty();
    }

    private Optional<Service> service(Node node) {
        return Mapping.read(node, "a service like " + EXAMPLE, diagnostics).flatMap(m -> {
            m.allowOnly(KEYS);
            Optional<String> protocol = m.require("protocol").flatMap(n -> values.word(n, Service.PROTOCOLS,
                    "protocol"));
            Optional<Integer> port = m.require("port").flatMap(this::port);
            return protocol.isPresent() && port.isPresent()
                    ? Optional.of(new Service(protocol.get(), port.get())) : Optional.empty();
        });
    }

    private Optional<Integer> port(Node node) {
        Optional<Long> port = values.integer(node);
        if (port.isPresent() && (port.get() < 1 || port.get() > 65_535)) {
            diagnostics.at(node, "expected a TCP port from 1 to 65535, got " + port.get());
            return Optional.empty();
        }
        return port.map(Long::intValue);
    }
}
