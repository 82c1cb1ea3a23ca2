package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The ids of attack and fault steps, and the references to them from stop steps and
 * expectations; references are checked once the whole file is read, so order does not matter.
 */
final class StepIds {

    enum Kind { ATTACK, FAULT, STAGE }

    private record Declared(Kind kind, Node node) {
    }

    /**
     * A reference to a step id: the kinds it may name, how an unknown one is called ("attack"), and the rule a
     * wrong kind breaks ("expectations name attacks or stages").
     */
    private record Reference(String id, Node node, Set<Kind> kinds, String what, String rule) {
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
        references.add(new Reference(id, node, EnumSet.allOf(Kind.class), "step", ""));
    }

    /** Expectations score attacks and kill chains' stages, not faults. */
    void referToAttackOrStage(String id, Node node) {
        references.add(new Reference(id, node, EnumSet.of(Kind.ATTACK, Kind.STAGE), "attack or stage",
                "expectations name attacks or stages"));
    }

    /** An {@code after} step waits for a kill chain's stage. */
    void referToStage(String id, Node node) {
        references.add(new Reference(id, node, EnumSet.of(Kind.STAGE), "stage",
                "'after' names a stage of a kill chain"));
    }

    void checkReferences() {
        for (Reference ref : references) {
            Declared target = declared.get(ref.id());
            if (target == null) {
                List<String> candidates = declared.entrySet().stream()
                        .filter(e -> ref.kinds().contains(e.getValue().kind()))
                        .map(Map.Entry::getKey).toList();
                String hint = Suggestions.closest(ref.id(), candidates).map(c -> "; did you mean '" + c + "'?")
                        .orElse(candidates.isEmpty() ? "" : "; known: " + String.join(", ", candidates));
                diagnostics.at(ref.node(), "unknown " + ref.what() + " id '" + ref.id() + "'" + hint);
            } else if (!ref.kinds().contains(target.kind())) {
                diagnostics.at(ref.node(), "'" + ref.id() + "' is " + article(target.kind()) + " (line "
                        + Values.line(target.node()) + "); " + ref.rule());
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
