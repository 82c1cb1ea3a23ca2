package org.icsdrill.scenario.load;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a kill chain's stage ({@code stage: {id, technique, host, move, evidence, retry}}): an ATT&CK for
 * ICS technique, a host of the site the scenario runs on (its own, else the reference site), a move to
 * another of its hosts over a protocol that host offers, with an account that host has, and the evidence
 * left in the host's log.
 */
final class StageReader {

    static final List<String> KEYS = List.of("id", "technique", "host", "move", "evidence", "retry");
    /** How often a stage whose path is closed is tried again, unless it says otherwise. */
    static final Duration DEFAULT_RETRY = Duration.ofMinutes(1);

    private final ReadScope scope;
    private final Values values;
    private final Site site;

    StageReader(ReadScope scope, Site site) {
        this.scope = scope;
        this.values = scope.values();
        this.site = site;
    }

    Optional<Action.Stage> read(Node node, Optional<String> id) {
        int before = scope.diagnostics().count();
        return Mapping.read(node, "a stage", scope.diagnostics()).flatMap(m -> {
            m.allowOnly(KEYS);
            Optional<Technique> technique = m.require("technique").flatMap(this::technique);
            Optional<Host> host = m.require("host").flatMap(this::host);
            Optional<Optional<Action.Move>> move = m.getOr("move", n -> host.flatMap(h -> move(n, h)).map(Optional::of),
                    Optional.empty());
            Optional<List<Action.Evidence>> evidence = m.getOr("evidence", this::evidence, List.of());
            Optional<Duration> retry = m.getOr("retry", values::positiveDuration, DEFAULT_RETRY);
            return scope.diagnostics().count() == before
                    ? Optional.of(new Action.Stage(id.orElseThrow(), technique.orElseThrow(), host.orElseThrow().name(),
                            move.orElseThrow(), evidence.orElseThrow(), retry.orElseThrow()))
                    : Optional.empty();
        });
    }

    private Optional<Technique> technique(Node node) {
        return values.text(node).flatMap(id -> {
            Optional<Technique> technique = Techniques.find(id);
            if (technique.isEmpty()) {
                scope.diagnostics().at(node, "unknown technique '" + id + "'" + Suggestions.closest(id, Techniques.ids())
                        .map(c -> "; did you mean '" + c + "'?").orElse("; write an ATT&CK for ICS id like T0847"));
            }
            return technique;
        });
    }

    private Optional<Host> host(Node node) {
        List<String> names = site.hosts().stream().map(Host::name).toList();
        return values.word(node, names, "host of site " + site.name()).map(site::host);
    }

    private Optional<Action.Move> move(Node node, Host from) {
        return Mapping.read(node, "a move like {to: jump-host, protocol: rdp, account: jump-admin}", scope.diagnostics())
                .flatMap(m -> {
                    m.allowOnly(List.of("to", "protocol", "account"));
                    Optional<Host> to = m.require("to").flatMap(this::host);
                    Optional<String> protocol = m.require("protocol").flatMap(p -> values.word(p, Service.PROTOCOLS,
                            "protocol"));
                    if (to.isPresent() && protocol.isPresent() && to.get().services().stream()
                            .noneMatch(s -> s.protocol().equals(protocol.get()))) {
                        scope.diagnostics().at(m.get("protocol").orElseThrow(), to.get().name() + " offers no "
                                + protocol.get() + "; it offers " + services(to.get()));
                        return Optional.empty();
                    }
                    if (to.isPresent() && to.get().name().equals(from.name())) {
                        scope.diagnostics().at(m.get("to").orElseThrow(), "a move goes to another host than the"
                                + " stage's own");
                        return Optional.empty();
                    }
                    Optional<Optional<String>> account = m.getOr("account", a -> to.flatMap(t -> account(a, t))
                            .map(Optional::of), Optional.empty());
                    return to.isPresent() && protocol.isPresent() && account.isPresent()
                            ? Optional.of(new Action.Move(to.get().name(), protocol.get(), account.get()))
                            : Optional.empty();
                });
    }

    private Optional<String> account(Node node, Host on) {
        List<String> accounts = on.accounts().stream().map(a -> a.name()).toList();
        return values.word(node, accounts, "account of " + on.name());
    }

    private Optional<List<Action.Evidence>> evidence(Node node) {
        return values.each(node, "a list of evidence like [{removable_media: 'USB stick'}, {process: x.exe}]",
                this::evidenceItem);
    }

    private Optional<Action.Evidence> evidenceItem(Node node) {
        List<String> kinds = java.util.Arrays.stream(Action.Evidence.Kind.values())
                .map(Action.Evidence.Kind::yamlName).toList();
        return Mapping.read(node, "one evidence like {process: 'C:\\\\Windows\\\\x.exe'}", scope.diagnostics())
                .flatMap(m -> {
                    m.allowOnly(kinds);
                    List<String> given = m.present(kinds);
                    if (given.size() != 1) {
                        scope.diagnostics().at(m.node(), "one evidence per item: one of " + String.join(", ", kinds));
                        return Optional.empty();
                    }
                    Action.Evidence.Kind kind = Action.Evidence.Kind.valueOf(given.get(0).toUpperCase(java.util.Locale.ROOT));
                    Node value = m.get(given.get(0)).orElseThrow();
                    if (kind == Action.Evidence.Kind.FAILED_LOGONS) {
                        return values.integer(value).filter(n -> inRange(n, value))
                                .map(n -> new Action.Evidence(kind, "", n.intValue()));
                    }
                    return values.text(value).map(text -> new Action.Evidence(kind, text, 1));
                });
    }

    private boolean inRange(long n, Node node) {
        if (n < 1 || n > 1_000) {
            scope.diagnostics().at(node, "expected a number of failed logons from 1 to 1000, got " + n);
            return false;
        }
        return true;
    }

    private static String services(Host host) {
        return host.services().isEmpty() ? "nothing"
                : String.join(", ", host.services().stream().map(Service::toString).toList());
    }
}
