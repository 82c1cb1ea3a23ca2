package org.icsdrill.scenario.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Condition;
import org.icsdrill.scenario.model.Repeat;
import org.icsdrill.scenario.model.Step;
import org.icsdrill.scenario.model.Trigger;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads one timeline entry: its trigger (at or when), its optional repeat, and its one action. */
final class StepReader {

    private static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(List.of("at", "when", "for", "within", "after", "delay", "repeat"));
        keys.addAll(ActionReader.ACTIONS);
        KEYS = List.copyOf(keys);
    }

    private final ReadScope scope;
    private final Values values;
    private final ActionReader actions;

    StepReader(ReadScope scope) {
        this.scope = scope;
        this.values = scope.values();
        this.actions = new ActionReader(scope);
    }

    Optional<Step> read(Node node) {
        int before = scope.diagnostics().count();
        Optional<Mapping> mapping = Mapping.read(node, "a step", scope.diagnostics());
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = mapping.get().allowOnly(KEYS);
        Optional<Trigger> trigger = trigger(m);
        Optional<Repeat> repeat = m.get("repeat").flatMap(this::repeat);
        if (trigger.isPresent() && repeat.isPresent() && trigger.get() instanceof Trigger.At at) {
            scope.checkInside(at.time().plus(repeat.get().span()), m.get("repeat").orElseThrow(), "repeat ends at");
        }
        Optional<? extends Action> action = action(m);
        return scope.diagnostics().count() == before
                ? Optional.of(new Step(trigger.orElseThrow(), action.orElseThrow(), repeat))
                : Optional.empty();
    }

    private Optional<Trigger> trigger(Mapping m) {
        List<String> triggers = m.present(List.of("at", "when", "after"));
        if (triggers.size() > 1) {
            scope.diagnostics().at(m.keyNode(triggers.get(1)), "a step takes one of 'at', 'when' or 'after'; found '"
                    + triggers.get(0) + "' and '" + triggers.get(1) + "'");
            return Optional.empty();
        }
        if (m.has("delay") && !m.has("after")) {
            scope.diagnostics().at(m.keyNode("delay"), "'delay' applies only to an 'after' step");
        }
        if (m.has("after")) {
            Node after = m.get("after").orElseThrow();
            Optional<String> stage = values.text(after);
            stage.ifPresent(id -> scope.ids().referToStage(id, after));
            Optional<Duration> delay = m.getOr("delay", values::duration, Duration.ZERO);
            return stage.isPresent() && delay.isPresent() ? Optional.of(new Trigger.After(stage.get(), delay.get()))
                    : Optional.empty();
        }
        if (m.has("at")) {
            for (String whenOnly : m.present(List.of("for", "within"))) {
                scope.diagnostics().at(m.keyNode(whenOnly), "'" + whenOnly + "' applies only to a 'when' step");
            }
            Node at = m.get("at").orElseThrow();
            Optional<Duration> time = values.duration(at);
            time.ifPresent(t -> scope.checkInside(t, at, "at"));
            return time.map(Trigger.At::new);
        }
        if (m.has("when")) {
            return when(m);
        }
        scope.diagnostics().at(m.node(), "a step needs 'at' (a plant time), 'when' (a condition) or 'after' (a kill"
                + " chain's stage)");
        return Optional.empty();
    }

    private Optional<Trigger> when(Mapping m) {
        Node whenNode = m.get("when").orElseThrow();
        Optional<Condition> condition = values.text(whenNode).flatMap(text -> {
            try {
                return Optional.of(ConditionParser.parse(text, scope.tags()));
            } catch (ConditionException e) {
                scope.diagnostics().inside((ScalarNode) whenNode, e.offset(), e.getMessage());
                return Optional.empty();
            }
        });
        Optional<Duration> holdFor = m.getOr("for", values::duration, Duration.ZERO);
        Optional<Duration> within = m.get("within").flatMap(values::positiveDuration);
        within.ifPresent(w -> scope.checkInside(w, m.get("within").orElseThrow(), "within"));
        if (condition.isEmpty() || holdFor.isEmpty() || (m.has("within") && within.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Trigger.When(condition.get(), holdFor.get(), within));
    }

    private Optional<Repeat> repeat(Node node) {
        return Mapping.read(node, "a repeat like {every: 5m, times: 3}", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(List.of("every", "times"));
            Optional<Duration> every = m.require("every").flatMap(values::positiveDuration);
            Optional<Long> times = m.require("times").flatMap(values::integer);
            if (times.isPresent() && (times.get() < 1 || times.get() > 10_000)) {
                scope.diagnostics().at(m.get("times").orElseThrow(),
                        "expected times between 1 and 10000, got " + times.get());
                return Optional.empty();
            }
            return every.isPresent() && times.isPresent()
                    ? Optional.of(new Repeat(every.get(), times.get().intValue())) : Optional.empty();
        });
    }

    private Optional<? extends Action> action(Mapping m) {
        List<String> given = m.present(ActionReader.ACTIONS);
        if (given.isEmpty()) {
            scope.diagnostics().at(m.node(), "a step needs one action: " + String.join(", ", ActionReader.ACTIONS));
            return Optional.empty();
        }
        if (given.size() > 1) {
            scope.diagnostics().at(m.keyNode(given.get(1)), "a step takes one action; found '" + given.get(0)
                    + "' and '" + given.get(1) + "'");
            return Optional.empty();
        }
        return actions.read(given.get(0), m.get(given.get(0)).orElseThrow());
    }
}
