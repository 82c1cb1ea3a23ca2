package org.icsdrill.scenario.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.icsdrill.core.exercise.ResponseAction;
import org.icsdrill.scenario.model.Expectations;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code expectations} section: detect, respond and plant limits. */
final class ExpectationsReader {

    private final ReadScope scope;
    private final Values values;

    ExpectationsReader(ReadScope scope) {
        this.scope = scope;
        this.values = scope.values();
    }

    Optional<Expectations> read(Node node) {
        return Mapping.read(node, "expectations", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(List.of("detect", "respond", "limits"));
            Optional<List<Expectations.Detect>> detect = list(m, "detect", this::detect);
            Optional<List<Expectations.Respond>> respond = list(m, "respond", this::respond);
            Optional<Expectations.Limits> limits = m.getOr("limits", this::limits, Expectations.Limits.NONE);
            return detect.isPresent() && respond.isPresent() && limits.isPresent()
                    ? Optional.of(new Expectations(detect.get(), respond.get(), limits.get())) : Optional.empty();
        });
    }

    /** An optional list of entries; empty result when any entry was wrong. */
    private <T> Optional<List<T>> list(Mapping m, String key, Function<Node, Optional<T>> entry) {
        if (!m.has(key)) {
            return Optional.of(List.of());
        }
        return m.get(key).flatMap(n -> values.list(n, "a list of " + key + " expectations")).flatMap(items -> {
            List<T> read = new ArrayList<>();
            items.forEach(item -> entry.apply(item).ifPresent(read::add));
            return read.size() == items.size() ? Optional.of(read) : Optional.empty();
        });
    }

    private Optional<Expectations.Detect> detect(Node node) {
        return Mapping.read(node, "a detect expectation", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(List.of("attack", "within", "technique"));
            Optional<String> attack = attack(m);
            Optional<Duration> within = m.require("within").flatMap(values::positiveDuration);
            Optional<Boolean> technique = m.getOr("technique", values::bool, false);
            return attack.isPresent() && within.isPresent() && technique.isPresent()
                    ? Optional.of(new Expectations.Detect(attack.get(), within.get(), technique.get()))
                    : Optional.empty();
        });
    }

    private Optional<Expectations.Respond> respond(Node node) {
        return Mapping.read(node, "a respond expectation", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(List.of("attack", "within", "actions"));
            Optional<String> attack = attack(m);
            Optional<Duration> within = m.require("within").flatMap(values::positiveDuration);
            Optional<List<ResponseAction>> actions = m.getOr("actions", this::actions, List.of());
            return attack.isPresent() && within.isPresent() && actions.isPresent()
                    ? Optional.of(new Expectations.Respond(attack.get(), within.get(), actions.get()))
                    : Optional.empty();
        });
    }

    private Optional<List<ResponseAction>> actions(Node node) {
        return values.list(node, "a list of response actions").flatMap(items -> {
            List<ResponseAction> read = new ArrayList<>();
            items.forEach(item -> values.constant(item, ResponseAction.class, "response action").ifPresent(read::add));
            return read.size() == items.size() ? Optional.of(read) : Optional.empty();
        });
    }

    private Optional<String> attack(Mapping m) {
        Optional<Node> node = m.require("attack");
        Optional<String> id = node.flatMap(values::text);
        id.ifPresent(i -> scope.ids().referToAttack(i, node.get()));
        return id;
    }

    private Optional<Expectations.Limits> limits(Node node) {
        return Mapping.read(node, "limits", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(List.of("no_damage", "no_trip"));
            Optional<Boolean> noDamage = m.getOr("no_damage", values::bool, false);
            Optional<Boolean> noTrip = m.getOr("no_trip", values::bool, false);
            return noDamage.isPresent() && noTrip.isPresent()
                    ? Optional.of(new Expectations.Limits(noDamage.get(), noTrip.get())) : Optional.empty();
        });
    }
}
