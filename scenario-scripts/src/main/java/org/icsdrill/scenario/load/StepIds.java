package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The ids of attack and fault steps, and the references to them from stop steps and
 * expectations; references are checked once the whole file is read, so order does not matter.
 */
final class StepIds {

    enum Kind { ATTACK, FAULT, STAGE }

    private record Declared(Kind kind, Node node) {
    }

    /** @param only the kind it must be, or any when null; {@code attackOrStage}: an attack or a stage */
    private record Reference(String id, Node node, Kind only, boolean attackOrStage) {
        Reference(String id, Node node, Kind only) {
            this(id, node, only, false);
        }

        boolean accepts(Kind kind) {
            return attackOrStage ? kind == Kind.ATTACK || kind == Kind.STAGE : only == null || kind == only;
        }

        String what() {
            return attackOrStage ? "attack or stage" : only == null ? "step" : name(only);
        }
    }

    private final Diagnostics diagnostics;
    private final Map<String, Declared> declared = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();

    StepIds(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void declare(String id, Kind kind, Node node) {
        Declared first = declared.putIfAbsent(id, new Declared(kind, node));
        if (first != null) {
            diagnostics.at(node, "duplicate step id '" + id + "'; first used at line " + Values.line(first.node()));
        }
    }

    /** A stop step may name an attack or a fault. */
    void referToStep(String id, Node node) {
        references.add(new Reference(id, node, null));
    }

    /** Expectations score attacks only. */
    void referToAttack(String id, Node node) {
        references.add(new Reference(id, node, Kind.ATTACK));
    }

    /** A respond expectation may name an attack or a stage. */
    void referToAttackOrStage(String id, Node node) {
        references.add(new Reference(id, node, null, true));
    }

    /** An {@code after} step waits for a kill chain's stage. */
    void referToStage(String id, Node node) {
        references.add(new Reference(id, node, Kind.STAGE));
    }

    void checkReferences() {
        for (Reference ref : references) {
            Declared target = declared.get(ref.id());
            if (target == null) {
                List<String> candidates = declared.entrySet().stream()
                        .filter(e -> ref.accepts(e.getValue().kind()))
                        .map(Map.Entry::getKey).toList();
                String hint = Suggestions.closest(ref.id(), candidates).map(c -> "; did you mean '" + c + "'?")
                        .orElse(candidates.isEmpty() ? "" : "; known: " + String.join(", ", candidates));
                diagnostics.at(ref.node(), "unknown " + ref.what() + " id '" + ref.id() + "'" + hint);
            } else if (!ref.accepts(target.kind())) {
                diagnostics.at(ref.node(), "'" + ref.id() + "' is " + article(target.kind()) + " (line "
                        + Values.line(target.node()) + "); " + (ref.attackOrStage() ? "a respond expectation names an"
                        + " attack or a stage" : ref.only() == Kind.ATTACK ? "expectations name attacks"
                        : "'after' names a stage of a kill chain"));
            }
        }
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String article(Kind kind) {
        return (kind == Kind.ATTACK ? "an " : "a ") + name(kind);
    }
}
