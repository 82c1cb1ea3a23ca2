package org.icsdrill.scenario.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icsdrill.scenario.site.Conduit;
import org.icsdrill.scenario.site.Service;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a site's conduits: two different declared zones, the services allowed, the enforcing firewall. */
final class ConduitReader {

    private static final List<String> KEYS = List.of("name", "from", "to", "services", "direction", "firewall",
            "description");

    private final Values values;
    private final Diagnostics diagnostics;
    private final ServiceReader services;
    private final Set<String> zoneNames;
    private final UniqueNames names;

    ConduitReader(Values values, Set<String> zoneNames) {
        this.values = values;
        this.diagnostics = values.diagnostics();
        this.services = new ServiceReader(values);
        this.zoneNames = zoneNames;
        this.names = new UniqueNames("conduit", diagnostics);
    }

    Optional<List<Conduit>> read(Node node) {
        return values.each(node, "a list of conduits", this::conduit);
    }

    private Optional<Conduit> conduit(Node node) {
        return Mapping.read(node, "a conduit with name, from, to, services and firewall", diagnostics).flatMap(m -> {
            m.allowOnly(KEYS);
            Optional<String> name = m.require("name").flatMap(n -> SiteReader.name(values, n, "conduit")
                    .filter(c -> names.add(c, n)));
            Optional<String> from = m.require("from").flatMap(this::zone);
            Optional<String> to = m.require("to").flatMap(this::zone);
            if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
                diagnostics.at(m.get("to").orElseThrow(), "a conduit joins two different zones; from and to are both '"
                        + to.get() + "' (hosts in one zone reach each other without a conduit)");
                to = Optional.empty();
            }
            Optional<List<Service>> allowed = m.require("services").flatMap(services::allowed);
            Optional<String> direction = m.getOr("direction", this::direction, Conduit.FROM_TO);
            Optional<String> firewall = m.require("firewall").flatMap(values::text);
            Optional<String> description = m.getOr("description", values::text, "");
            if (name.isEmpty() || from.isEmpty() || to.isEmpty() || allowed.isEmpty() || direction.isEmpty()
                    || firewall.isEmpty() || description.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Conduit(name.get(), from.get(), to.get(), allowed.get(), direction.get(),
                    firewall.get(), description.get()));
        });
    }

    private Optional<String> zone(Node node) {
        return SiteReader.zone(values, node, zoneNames);
    }

    private Optional<String> direction(Node node) {
        Optional<String> direction = values.text(node);
        if (direction.isPresent() && !Conduit.DIRECTIONS.contains(direction.get())) {
            diagnostics.at(node, "unknown direction '" + direction.get() + "': the only direction for now is "
                    + Conduit.FROM_TO + " (connections are opened from 'from' to 'to' only); for the other way,"
                    + " add a second conduit");
            return Optional.empty();
        }
        return direction;
    }
}
