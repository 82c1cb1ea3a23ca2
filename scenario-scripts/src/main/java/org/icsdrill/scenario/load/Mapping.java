package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping read by key, keeping each key's node for positions. Duplicate keys are reported
 * here because the composer keeps them; the first one wins.
 */
final class Mapping {

    private final MappingNode node;
    private final Diagnostics diagnostics;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private Mapping(MappingNode node, Diagnostics diagnostics) {
        this.node = node;
        this.diagnostics = diagnostics;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.at(tuple.getKeyNode(), "a key must be a plain word, not a list or mapping");
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                diagnostics.at(key, "duplicate key '" + key.getValue() + "'; first given at line "
                        + Values.line(entries.get(key.getValue()).getKeyNode()));
                continue;
            }
            entries.put(key.getValue(), tuple);
        }
    }

    /** Reads {@code node} as a mapping, or reports that {@code what} should be one. */
    static Optional<Mapping> read(Node node, String what, Diagnostics diagnostics) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new Mapping(mapping, diagnostics));
        }
        diagnostics.at(node, "expected " + what + " (a mapping of key: value), got " + Values.describe(node));
        return Optional.empty();
    }

    /** Reports every key not in {@code allowed}, with the closest allowed key. */
    Mapping allowOnly(Collection<String> allowed) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                diagnostics.at(tuple.getKeyNode(), "unknown key '" + key + "'" + Suggestions.hint(key, allowed));
            }
        }
        return this;
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The value, or a "missing required key" report at the mapping's start. */
    Optional<Node> require(String key) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            diagnostics.at(node, "missing required key '" + key + "'");
        }
        return value;
    }

    /**
     * The value read by {@code reader} when the key is given (empty if it was wrong), else
     * {@code fallback}: so "wrong" and "absent" stay apart.
     */
    <T> Optional<T> getOr(String key, Function<Node, Optional<T>> reader, T fallback) {
        return has(key) ? get(key).flatMap(reader) : Optional.of(fallback);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The key's own node, to point at the key rather than its value. */
    Node keyNode(String key) {
        return entries.get(key).getKeyNode();
    }

    /** The given keys that are present, in file order. */
    List<String> present(Collection<String> keys) {
        List<String> found = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (keys.contains(key)) {
                found.add(key);
            }
        }
        return found;
    }

    MappingNode node() {
        return node;
    }

    /** Every key with its value node, in file order. */
    Map<String, Node> values() {
        Map<String, Node> values = new LinkedHashMap<>();
        entries.forEach((k, t) -> values.put(k, t.getValueNode()));
        return values;
    }
}
