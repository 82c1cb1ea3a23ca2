package org.icsdrill.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Names that must be unique in one file (zones, hosts, addresses, conduits), each with where it was first given. */
final class UniqueNames {

    private final String what;
    private final Diagnostics diagnostics;
    private final Map<String, Node> seen = new LinkedHashMap<>();

    /** @param what the thing named, for messages: "zone", "host", "address" */
    UniqueNames(String what, Diagnostics diagnostics) {
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /** Records the name; a second one is reported at {@code node} with the line of the first. */
    boolean add(String name, Node node) {
        Node first = seen.putIfAbsent(name, node);
        if (first != null) {
            diagnostics.at(node, what + " '" + name + "' is given twice; first at " + diagnostics.line(first));
            return false;
        }
        return true;
    }

    Set<String> names() {
        return seen.keySet();
    }
}
