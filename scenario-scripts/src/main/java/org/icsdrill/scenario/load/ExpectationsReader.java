package org.icsdrill.scenario.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.Remedies;
import org.icsdrill.scenario.model.StageRemedies;
import org.icsdrill.scenario.model.Step;
import org.icsdrill.scenario.model.TagRef;
import org.icsdrill.scenario.site.Account;
import org.icsdrill.scenario.site.Conduit;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the {@code expectations} section: detect, respond and plant limits. Each expected response
 * names its action and target ({@code {action: restore_program, plant: gas}}), and must be one that
 * really ends the attack ({@link Remedies}). A conduit is named as a site names it, with an optional
 * {@code service: rdp/3389}; when the scenario names its site, the conduit must be one of it and carry that
 * service, else only their form is checked (the run's site is known at the run).
 */
final class ExpectationsReader {

    private final ReadScope scope;
    private final Values values;

    private static final String EXAMPLE = "{action: isolate_host, host: attacker}";
    private static final String AIMS = "name a host for isolate_host and block_traffic, a conduit (and optionally"
            + " one service on it) for close_conduit and reopen_conduit, a site host's name for quarantine_host,"
            + " an account for disable_account and reset_credential, a plant for restore_program, restore_parameters,"
            + " emergency_shutdown and reset_safety_system, a tag (the loop's .AUTO switch) for switch_to_manual";
    /** The optional key beside {@code conduit}: one service on it. */
    private static final String SERVICE = "service";
    private static final Pattern SERVICE_TEXT = Pattern.compile("([^/\\s]+)/([0-9]{1,9})");

    private final Hosts hosts;
    /** The scenario's own site, whose conduits a close_conduit names; empty when it names none. */
    private final Optional<Site> site;
    private final Map<String, Action.AttackStart> attacks = new HashMap<>();
    private final Map<String, Action.Stage> stages = new HashMap<>();

    ExpectationsReader(ReadScope scope, Hosts hosts, Optional<Site> site, List<Step> steps) {
        this.scope = scope;
        this.values = scope.values();
        this.hosts = hosts;
        this.site = site;
        steps.forEach(s -> {
            if (s.action() instanceof Action.AttackStart a) {
                attacks.put(a.id(), a);
            } else if (s.action() instanceof Action.Stage stage) {
                stages.put(stage.id(), stage);
            }
        });
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
            Optional<String> attack = attackOrStage(m);
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
            Optional<String> attack = attackOrStage(m);
            Optional<Duration> within = m.require("within").flatMap(values::positiveDuration);
            Optional<List<ExpectedAction>> actions = m.require("actions").flatMap(n -> actions(n, attack));
            return attack.isPresent() && within.isPresent() && actions.isPresent()
                    ? Optional.of(new Expectations.Respond(attack.get(), within.get(), actions.get()))
                    : Optional.empty();
        });
    }

    private Optional<List<ExpectedAction>> actions(Node node, Optional<String> attack) {
        return values.list(node, "a list of response actions like [" + EXAMPLE + "]").flatMap(items -> {
            if (items.isEmpty()) {
                scope.diagnostics().at(node, "name the actions that end the attack, like [" + EXAMPLE + "]");
                return Optional.empty();
            }
            List<ExpectedAction> read = new ArrayList<>();
            items.forEach(item -> expectedAction(item, attack).ifPresent(read::add));
            return read.size() == items.size() ? Optional.of(read) : Optional.empty();
        });
    }

    /** {@code {action: isolate_host, host: attacker}}: the action and what it is aimed at. */
    private Optional<ExpectedAction> expectedAction(Node node, Optional<String> attack) {
        if (node instanceof ScalarNode) {
            String given = values.text(node).orElse("");
            scope.diagnostics().at(node, "expected an action with its target, like {action: " + given + ", "
                    + example(given) + "}; " + AIMS);
            return Optional.empty();
        }
        return Mapping.read(node, "a response action like " + EXAMPLE, scope.diagnostics()).flatMap(m -> {
            List<String> keys = new ArrayList<>(List.of("action"));
            for (ExpectedAction.Aim aim : ExpectedAction.Aim.values()) {
                keys.add(aim.key());
            }
            keys.add(SERVICE);
            m.allowOnly(keys);
            Optional<ResponseAction> action = m.require("action")
                    .flatMap(n -> values.constant(n, ResponseAction.class, "response action"));
            if (action.isEmpty()) {
                return Optional.empty();
            }
            ExpectedAction.Aim aim = ExpectedAction.aimOf(action.get());
            String name = action.get().name().toLowerCase(Locale.ROOT);
            for (String key : m.present(keys)) {
                boolean fits = key.equals("action") || key.equals(aim.key())
                        || key.equals(SERVICE) && aim == ExpectedAction.Aim.CONDUIT;
                if (!fits) {
                    scope.diagnostics().at(m.keyNode(key), name + " is aimed at a " + aim.key() + ", not a " + key
                            + "; " + AIMS);
                    return Optional.empty();
                }
            }
            if (!m.has(aim.key())) {
                scope.diagnostics().at(m.node(), "say what " + name + " is aimed at: {action: " + name + ", "
                        + example(name) + "}");
                return Optional.empty();
            }
            Optional<String> target = target(aim, m.get(aim.key()).orElseThrow());
            if (m.has(SERVICE)) { // on a conduit: both are checked, so that both are reported
                Optional<String> conduit = target;
                Optional<String> service = m.get(SERVICE).flatMap(this::service)
                        .filter(v -> conduit.isEmpty() || carries(conduit.get(), v, m.get(SERVICE).orElseThrow()));
                target = target.isPresent() && service.isPresent()
                        ? Optional.of(target.get() + " " + service.get()) : Optional.empty();
            }
            return target.map(t -> new ExpectedAction(action.get(), t)).filter(e -> endsTheAttack(e, attack, node));
        });
    }

    private Optional<String> target(ExpectedAction.Aim aim, Node node) {
        return switch (aim) {
            case HOST -> values.text(node).flatMap(h -> {
                if (ParameterReader.isLoopback(h)) {
                    return Optional.of(h);
                }
                Optional<String> address = hosts.address(h);
                if (address.isEmpty()) {
                    scope.diagnostics().at(node, "unknown host '" + h + "'; write " + String.join(", ", Hosts.names())
                            + " or a loopback address like 127.0.0.66");
                }
                return address;
            });
            case PLANT -> values.word(node, scope.tags().plants(), "plant");
            case LOOP -> values.text(node).flatMap(name -> loopSwitch(name, node));
            case WHOM -> values.text(node);
            case CONDUIT -> SiteReader.name(values, node, "conduit").flatMap(c -> site.isEmpty() ? Optional.of(c)
                    : values.word(node, site.get().conduits().stream().map(Conduit::name).toList(), "conduit"));
            case SITE_HOST -> SiteReader.name(values, node, "host").flatMap(h -> site.isEmpty() ? Optional.of(h)
                    : values.word(node, site.get().hosts().stream().map(Host::name).toList(), "host"));
            case ACCOUNT -> values.text(node).filter(a -> !a.isBlank()).flatMap(a -> site.isEmpty() ? Optional.of(a)
                    : values.word(node, site.get().hosts().stream().flatMap(h -> h.accounts().stream())
                            .map(Account::name).distinct().toList(), "account"));
        };
    }

    /** Whether the scenario's site, if it names one, has {@code service} on {@code conduit}; reported if not. */
    private boolean carries(String conduit, String service, Node node) {
        List<String> carried = site.stream().flatMap(s -> s.conduits().stream()).filter(c -> c.name().equals(conduit))
                .flatMap(c -> c.services().stream()).map(Service::toString).toList();
        if (site.isEmpty() || carried.contains(service)) {
            return true;
        }
        scope.diagnostics().at(node, "conduit '" + conduit + "' of site " + site.get().name() + " does not carry "
                + service + "; it carries " + String.join(", ", carried));
        return false;
    }

    /** One service on a conduit as docs/site.md writes it, {@code rdp/3389}: a site's protocol and a TCP port. */
    private Optional<String> service(Node node) {
        return values.text(node).flatMap(text -> {
            Matcher m = SERVICE_TEXT.matcher(text);
            if (!m.matches()) {
                scope.diagnostics().at(node, "expected one service as protocol/port, like rdp/3389, got '"
                        + text + "'");
                return Optional.empty();
            }
            String protocol = m.group(1);
            long port = Long.parseLong(m.group(2));
            if (!Service.PROTOCOLS.contains(protocol)) {
                scope.diagnostics().at(node, "unknown protocol '" + protocol + "'"
                        + Suggestions.hint(protocol, Service.PROTOCOLS));
                return Optional.empty();
            }
            if (port < 1 || port > 65_535) {
                scope.diagnostics().at(node, "expected a TCP port from 1 to 65535, got " + port);
                return Optional.empty();
            }
            return Optional.of(protocol + "/" + port);
        });
    }

    /** A loop's auto/manual switch, as {@code switch_to_manual} takes it: an operator's two-state {@code ...AUTO}. */
    private Optional<String> loopSwitch(String name, Node node) {
        TagRef tag;
        try {
            tag = scope.tags().resolve(name);
        } catch (IllegalArgumentException e) {
            scope.diagnostics().at(node, e.getMessage());
            return Optional.empty();
        }
        TagDef def = scope.tags().definition(tag);
        if (def.type() != DataType.BOOL || def.access() != Access.OPERATOR || !def.name().endsWith("AUTO")) {
            scope.diagnostics().at(node, name + " is not a loop's auto/manual switch (like chemical.R1.FIC101.AUTO)");
            return Optional.empty();
        }
        return Optional.of(tag.qualifiedName());
    }

    /** Checks the action against what really ends the attack (docs/scenarios.md, Remedies). */
    private boolean endsTheAttack(ExpectedAction expected, Optional<String> attackId, Node node) {
        Action.Stage stage = attackId.map(stages::get).orElse(null);
        if (stage != null) {
            return stopsTheStage(expected, stage, node);
        }
        Action.AttackStart attack = attackId.map(attacks::get).orElse(null);
        if (attack == null) {
            return true; // an unknown id is reported where it is named
        }
        List<ExpectedAction> ending = Remedies.ending(attack, hosts, scope.tags()::catalog);
        // a conduit's remedy takes any conduit: which ones the attack crosses is the run's site's to say
        if (ending.contains(expected)
                || ending.stream().anyMatch(e -> e.anyTarget() && e.action() == expected.action())) {
            return true;
        }
        scope.diagnostics().at(node, expected + " does not end attack '" + attack.id() + "' ("
                + attack.kind().yamlName() + ")" + (ending.isEmpty()
                ? "; no response ends it: it ends at its stop, so expect none for it"
                : "; it is ended by " + String.join(", ", ending.stream().map(ExpectationsReader::describe).toList())));
        return false;
    }

    private static String describe(ExpectedAction ending) {
        return !ending.anyTarget() ? ending.toString() : ending.actionName()
                + (ending.aim() == ExpectedAction.Aim.CONDUIT ? " of a conduit its traffic crosses" : " of the site host that sends it");
    }

    private static String example(String action) {
        return switch (action) {
            case "isolate_host", "block_traffic" -> "host: attacker";
            case "close_conduit", "reopen_conduit" -> "conduit: enterprise-dmz";
            case "quarantine_host" -> "host: office-pc-1";
            case "disable_account", "reset_credential" -> "account: vendor-support";
            case "switch_to_manual" -> "tag: chemical.R1.FIC101.AUTO";
            case "escalate" -> "to: management";
            default -> "plant: gas";
        };
    }

    /** Checks the action against what stops a kill chain's stage ({@link StageRemedies}). */
    private boolean stopsTheStage(ExpectedAction expected, Action.Stage stage, Node node) {
        List<ExpectedAction> ending = StageRemedies.ending(stage, scope.site());
        if (ending.contains(expected)
                || ending.stream().anyMatch(e -> e.anyTarget() && e.action() == expected.action())) {
            return true;
        }
        scope.diagnostics().at(node, expected + " does not stop stage '" + stage.id() + "'; it is stopped by "
                + String.join(", ", ending.stream().map(ExpectationsReader::describe).toList()));
        return false;
    }

    /** A respond expectation names an attack or a kill chain's stage. */
    private Optional<String> attackOrStage(Mapping m) {
        Optional<Node> node = m.require("attack");
        Optional<String> id = node.flatMap(values::text);
        id.ifPresent(i -> scope.ids().referToAttackOrStage(i, node.get()));
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
