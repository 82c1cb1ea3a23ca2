package org.icsdrill.scenario.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icsdrill.api.InjectText;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.Audience;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.Parameters;
import org.icsdrill.scenario.model.Signature;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the one action of a step: inject, attack, fault, stop, checkpoint or a kill chain's stage. */
final class ActionReader {

    static final List<String> ACTIONS = List.of("inject", "attack", "fault", "stop", "checkpoint", "stage");

    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final List<String> ATTACK_KEYS = List.of("id", "kind", "technique", "duration");
    private static final List<String> FAULT_KEYS = List.of("id", "kind", "duration");

    private final ReadScope scope;
    private final Values values;
    private final ParameterReader parameters;
    private final StageReader stages;

    ActionReader(ReadScope scope) {
        this.scope = scope;
        this.values = scope.values();
        this.parameters = new ParameterReader(scope);
        this.stages = new StageReader(scope, scope.site());
    }

    Optional<? extends Action> read(String action, Node node) {
        return switch (action) {
            case "inject" -> inject(node);
            case "attack" -> attack(node);
            case "fault" -> fault(node);
            case "stop" -> stop(node);
            case "checkpoint" -> checkpoint(node);
            case "stage" -> stage(node);
            default -> throw new IllegalArgumentException("not an action: " + action);
        };
    }

    /** Languages an inject may be translated into, for the console's {@code --lang}. */
    static final List<String> INJECT_LANGUAGES = List.of("ja", "en");

    private Optional<Action.Inject> inject(Node node) {
        return Mapping.read(node, "an inject", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(List.of("audience", "text", "questions", "ja", "en"));
            Optional<Audience> audience = m.getOr("audience",
                    n -> values.constant(n, Audience.class, "audience"), Audience.OPERATOR);
            Optional<InjectText> words = injectText(m);
            Map<String, InjectText> translations = new LinkedHashMap<>();
            boolean translated = true;
            for (String language : INJECT_LANGUAGES) {
                Optional<Node> block = m.get(language);
                if (block.isPresent()) {
                    Optional<InjectText> other = Mapping.read(block.get(), "the inject in '" + language + "'",
                            scope.diagnostics()).flatMap(t -> {
                                t.allowOnly(List.of("text", "questions"));
                                return injectText(t);
                            });
                    other.filter(o -> words.isEmpty() || sameQuestionCount(block.get(), o, words.get()))
                            .ifPresent(o -> translations.put(language, o));
                    translated &= translations.containsKey(language);
                }
            }
            return audience.isPresent() && words.isPresent() && translated
                    ? Optional.of(new Action.Inject(audience.get(), words.get().text(), words.get().questions(),
                            translations))
                    : Optional.empty();
        });
    }

    private Optional<InjectText> injectText(Mapping m) {
        Optional<String> text = m.require("text").flatMap(values::text);
        Optional<List<String>> questions = m.getOr("questions", n -> values.texts(n, "a list of questions"),
                List.of());
        return text.isPresent() && questions.isPresent()
                ? Optional.of(new InjectText(text.get(), questions.get())) : Optional.empty();
    }

    /** A translation answers the same questions: its answers are recorded by question number. */
    private boolean sameQuestionCount(Node block, InjectText translation, InjectText original) {
        if (translation.questions().size() == original.questions().size()) {
            return true;
        }
        scope.diagnostics().at(block, "the translation has " + translation.questions().size()
                + " question(s), the inject " + original.questions().size() + "; give each question in both");
        return false;
    }

    private Optional<Action.AttackStart> attack(Node node) {
        int before = scope.diagnostics().count();
        return Mapping.read(node, "an attack", scope.diagnostics()).flatMap(m -> {
            Optional<String> id = id(m, StepIds.Kind.ATTACK);
            Optional<AttackKind> kind = m.require("kind").flatMap(n -> values.constant(n, AttackKind.class,
                    "attack kind"));
            kind.ifPresent(k -> m.allowOnly(keys(ATTACK_KEYS, k.signature())));
            kind.ifPresent(k -> m.get("technique").ifPresent(n -> checkTechnique(n, k)));
            Optional<Duration> duration = optionalDuration(m);
            Optional<Parameters> params = kind.flatMap(k -> parameters.read(m, k.signature(), k.yamlName()));
            return scope.diagnostics().count() == before
                    ? Optional.of(new Action.AttackStart(id.get(), kind.get(), params.get(), duration))
                    : Optional.empty();
        });
    }

    private Optional<Action.Fault> fault(Node node) {
        int before = scope.diagnostics().count();
        return Mapping.read(node, "a fault", scope.diagnostics()).flatMap(m -> {
            Optional<String> id = id(m, StepIds.Kind.FAULT);
            Optional<FaultKind> kind = m.require("kind").flatMap(n -> values.constant(n, FaultKind.class,
                    "fault kind"));
            kind.ifPresent(k -> m.allowOnly(keys(FAULT_KEYS, k.signature())));
            Optional<Duration> duration = optionalDuration(m);
            Optional<Parameters> params = kind.flatMap(k -> parameters.read(m, k.signature(), k.yamlName()));
            return scope.diagnostics().count() == before
                    ? Optional.of(new Action.Fault(id.get(), kind.get(), params.get(), duration))
                    : Optional.empty();
        });
    }

    private Optional<Action.Stage> stage(Node node) {
        Optional<String> id = Mapping.read(node, "a stage", scope.diagnostics())
                .flatMap(m -> id(m, StepIds.Kind.STAGE));
        return id.isEmpty() ? Optional.empty() : stages.read(node, id);
    }

    private Optional<Action.Stop> stop(Node node) {
        Optional<String> id = values.text(node);
        id.ifPresent(i -> scope.ids().referToStep(i, node));
        return id.map(Action.Stop::new);
    }

    private Optional<Action.Checkpoint> checkpoint(Node node) {
        return Mapping.read(node, "a checkpoint", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(List.of("text"));
            return m.require("text").flatMap(values::text).map(Action.Checkpoint::new);
        });
    }

    private Optional<String> id(Mapping m, StepIds.Kind kind) {
        Optional<Node> node = m.require("id");
        Optional<String> id = node.flatMap(values::text);
        if (id.isPresent() && !STEP_ID.matcher(id.get()).matches()) {
            scope.diagnostics().at(node.get(), "a step id is lowercase letters, digits, '-' and '_', like replay-1;"
                    + " got '" + id.get() + "'");
            return Optional.empty();
        }
        id.ifPresent(i -> scope.ids().declare(i, kind, node.get()));
        return id;
    }

    /** Empty when absent or wrong; a wrong one is reported, and the caller sees it in the count. */
    private Optional<Duration> optionalDuration(Mapping m) {
        return m.get("duration").flatMap(values::positiveDuration);
    }

    /** The technique key may restate the kind's technique, as documentation; it must agree. */
    private void checkTechnique(Node node, AttackKind kind) {
        values.text(node).ifPresent(id -> {
            Optional<Technique> technique = Techniques.find(id);
            if (technique.isEmpty()) {
                scope.diagnostics().at(node, "unknown technique '" + id + "'" + Suggestions.closest(id,
                        Techniques.ids()).map(c -> "; did you mean '" + c + "'?").orElse(
                        "; write an ATT&CK for ICS id like " + kind.technique().id()));
            } else if (!technique.get().equals(kind.technique())) {
                scope.diagnostics().at(node, "technique " + technique.get() + " does not match attack kind "
                        + kind.yamlName() + ", which is " + kind.technique());
            }
        });
    }

    private static List<String> keys(List<String> common, Signature signature) {
        List<String> keys = new ArrayList<>(common);
        keys.addAll(signature.names());
        return keys;
    }
}
