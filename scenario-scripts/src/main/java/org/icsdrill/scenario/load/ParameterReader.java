package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.ParamSpec;
import org.icsdrill.scenario.model.ParamType;
import org.icsdrill.scenario.model.ParamValue;
import org.icsdrill.scenario.model.Parameters;
import org.icsdrill.scenario.model.Signature;
import org.icsdrill.scenario.model.TagRef;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the kind-specific parameters of an attack or fault against the kind's {@link Signature}. */
final class ParameterReader {

    private static final Pattern LOOPBACK = Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

    private final ReadScope scope;
    private final Values values;

    ParameterReader(ReadScope scope) {
        this.scope = scope;
        this.values = scope.values();
    }

    /** A loopback IPv4 address: the simulated hosts live on {@code lo}. */
    static boolean isLoopback(String text) {
        return LOOPBACK.matcher(text).matches();
    }

    /** The parameters, or empty when any was wrong (each problem reported). */
    Optional<Parameters> read(Mapping mapping, Signature signature, String kindName) {
        int before = scope.diagnostics().count();
        Map<String, ParamValue> read = new LinkedHashMap<>();
        for (ParamSpec spec : signature.parameters()) {
            Optional<Node> node = spec.required() ? mapping.require(spec.name()) : mapping.get(spec.name());
            if (node.isPresent()) {
                value(node.get(), spec).ifPresent(v -> read.put(spec.name(), v));
            } else {
                spec.defaultValue().ifPresent(v -> read.put(spec.name(), v));
            }
        }
        checkExactlyOne(mapping, signature, kindName);
        return scope.diagnostics().count() == before ? Optional.of(new Parameters(read)) : Optional.empty();
    }

    private void checkExactlyOne(Mapping mapping, Signature signature, String kindName) {
        if (signature.exactlyOneOf().isEmpty()) {
            return;
        }
        List<String> given = mapping.present(signature.exactlyOneOf());
        String choices = "'" + String.join("' or '", signature.exactlyOneOf()) + "'";
        if (given.isEmpty()) {
            scope.diagnostics().at(mapping.node(), kindName + " needs one of " + choices);
        } else if (given.size() > 1) {
            scope.diagnostics().at(mapping.keyNode(given.get(1)), kindName + " takes only one of " + choices);
        }
    }

    private Optional<ParamValue> value(Node node, ParamSpec spec) {
        ParamType type = spec.type();
        return switch (type) {
            case NUMBER -> values.number(node).map(ParamValue.NumberValue::new);
            case POSITIVE_NUMBER -> values.number(node).filter(v -> positive(v, node)).map(ParamValue.NumberValue::new);
            case DURATION -> values.duration(node).map(ParamValue.DurationValue::new);
            case TEXT -> values.text(node).map(ParamValue.TextValue::new);
            case TAG, FIELD_TAG, OUTPUT_TAG -> tag(node, type).map(ParamValue.TagValue::new);
            case TAGS -> tags(node).map(ParamValue.TagListValue::new);
            case PLANT -> plant(node).map(ParamValue.TextValue::new);
            case HOST, HOST_OR_ANY -> host(node, type == ParamType.HOST_OR_ANY).map(ParamValue.TextValue::new);
            case CHOICE -> values.word(node, spec.choices(), spec.name()).map(ParamValue.TextValue::new);
            case MAP -> map(node).map(ParamValue.MapValue::new);
        };
    }

    private boolean positive(double value, Node node) {
        if (value <= 0) {
            scope.diagnostics().at(node, "expected a positive number, got " + Values.describe(node));
        }
        return value > 0;
    }

    /** A tag of a listed plant, of the kind the parameter needs. */
    Optional<TagRef> tag(Node node, ParamType type) {
        Optional<TagRef> ref = values.text(node).flatMap(name -> {
            try {
                return Optional.of(scope.tags().resolve(name));
            } catch (IllegalArgumentException e) {
                scope.diagnostics().at(node, e.getMessage());
                return Optional.empty();
            }
        });
        if (ref.isEmpty()) {
            return ref;
        }
        TagDef def = scope.tags().definition(ref.get());
        boolean fits = switch (type) {
            case FIELD_TAG -> def.field();
            case OUTPUT_TAG -> def.kind() == TagKind.OUTPUT;
            default -> true;
        };
        if (!fits) {
            String kind = def.kind().name().toLowerCase(Locale.ROOT);
            scope.diagnostics().at(node, "expected " + type.description() + ", got " + ref.get()
                    + (kind.startsWith("o") ? ", an " : ", a ") + kind);
            return Optional.empty();
        }
        return ref;
    }

    private Optional<List<TagRef>> tags(Node node) {
        Optional<List<Node>> items = values.list(node, ParamType.TAGS.description());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            scope.diagnostics().at(node, "expected at least one tag, got an empty list");
            return Optional.empty();
        }
        List<TagRef> refs = new ArrayList<>();
        boolean ok = true;
        for (Node item : items.get()) {
            Optional<TagRef> ref = tag(item, ParamType.TAG);
            ref.ifPresent(refs::add);
            ok &= ref.isPresent();
        }
        return ok ? Optional.of(refs) : Optional.empty();
    }

    private Optional<String> plant(Node node) {
        Optional<String> plant = values.text(node);
        if (plant.isPresent() && !scope.tags().plants().contains(plant.get())) {
            scope.diagnostics().at(node, scope.tags().unknownPlant(plant.get(), "this step"));
            return Optional.empty();
        }
        return plant;
    }

    private Optional<String> host(Node node, boolean anyAllowed) {
        Optional<String> host = values.text(node);
        if (host.isEmpty()) {
            return host;
        }
        String h = host.get();
        if (Hosts.names().contains(h) || isLoopback(h) || (anyAllowed && h.equals("*"))) {
            return host;
        }
        List<String> names = Hosts.names();
        String choices = String.join(", ", names) + (anyAllowed ? ", *" : "") + " or a loopback address like 127.0.0.66";
        scope.diagnostics().at(node, "unknown host '" + h + "'" + Suggestions.closest(h, names)
                .map(c -> "; did you mean '" + c + "'?").orElse("; write " + choices));
        return Optional.empty();
    }

    private Optional<Map<String, String>> map(Node node) {
        return Mapping.read(node, "a map of names to values", scope.diagnostics()).flatMap(m -> {
            Map<String, String> map = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, Node> e : m.values().entrySet()) {
                if (e.getValue() instanceof ScalarNode scalar && !Values.isNull(scalar)) {
                    map.put(e.getKey(), scalar.getValue());
                } else {
                    scope.diagnostics().at(e.getValue(), "expected a number or text for '" + e.getKey()
                            + "', got " + Values.describe(e.getValue()));
                    ok = false;
                }
            }
            return ok ? Optional.of(map) : Optional.empty();
        });
    }
}
