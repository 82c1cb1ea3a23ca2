package org.icsdrill.scenario.hosts.site;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.api.HostState;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.scenario.engine.StageRoute;
import org.icsdrill.scenario.engine.StageRunner;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;

/**
 * Kill chains' stages on the run's site (docs/scenarios.md, "Kill chains"). A stage happens only where a
 * real intruder's would: its host not quarantined, its move's connection through the conduits (a real flow,
 * or for Modbus and OPC UA the firewall's and the isolation's word, the attack's own requests being the
 * flow), and its logon with the password the intruder stole at the start (a disabled account or a reset
 * password stops him, and ends the sessions he holds with it: a host he reached with that account is his no
 * longer). What it does is in the hosts' logs, marked with the stage's id.
 */
public final class KillChainStages implements StageRunner {

    /** The password an intruder holds: the one the account had when the run began. */
    static final int STOLEN = 0;

    private final Site site;
    private final SourcePolicy policy;
    private final ServiceLocator services;
    private final HostActions actions;
    /** The hosts the intruder logged on to, with the account his session there hangs on. */
    private final Map<String, String> sessions = new HashMap<>();

    private KillChainStages(Site site, SourcePolicy policy, ServiceLocator services, HostActions actions) {
        this.site = site;
        this.policy = policy;
        this.services = services;
        this.actions = actions;
    }

    /** @param services where each host's services really listen, Modbus and OPC UA included */
    public static KillChainStages on(Site site, SiteHosts hosts, HostEventLog log, ServiceLocator services,
                                     SourcePolicy policy, Duration timeout) {
        return new KillChainStages(site, policy, services,
                new HostActions(hosts, log, new FlowClient(timeout), services));
    }

    @Override
    public Outcome attempt(Action.Stage stage) {
        Host host = site.host(stage.host());
        SiteHosts hosts = actions.hosts();
        if (hosts.state(host.name()) == HostState.QUARANTINED) {
            return Outcome.blocked(host.name() + " is quarantined");
        }
        String session = sessions.get(host.name());
        if (session != null && !hosts.logonSucceeds(session, STOLEN)) {
            // the account was disabled or its password reset: his session there ended, and with it his foothold
            return Outcome.blocked("the session as " + session + " on " + host.name() + " was ended");
        }
        HostActions attacker = actions.causedBy(stage.id());
        Optional<Action.Move> move = stage.move();
        for (Action.Evidence evidence : stage.evidence()) {
            leave(attacker, host, evidence, move);
        }
        if (move.isPresent()) {
            Optional<String> blocked = moveTo(attacker, host, move.get());
            if (blocked.isPresent()) {
                return Outcome.blocked(blocked.get());
            }
            hosts.compromise(move.get().to());
            move.get().account().ifPresent(account -> sessions.put(move.get().to(), account));
        }
        hosts.compromise(host.name());
        return Outcome.reached(new StageRoute(placed(host), move.map(m -> placed(site.host(m.to())))));
    }

    /** A host with its zone, as the ground truth names where a stage got. */
    private static StageRoute.Place placed(Host host) {
        return new StageRoute.Place(host.name(), host.zone());
    }

    private void leave(HostActions attacker, Host host, Action.Evidence evidence, Optional<Action.Move> move) {
        String user = move.flatMap(Action.Move::account).orElse("");
        switch (evidence.kind()) {
            case REMOVABLE_MEDIA -> attacker.removableMedia(host, user, evidence.detail());
            case PROCESS -> attacker.process(host, user, evidence.detail());
            case SERVICE -> attacker.serviceInstalled(host, "SYSTEM", evidence.detail());
            case FAILED_LOGONS -> {
                // guessing at the account the move logs on with, where it logs on
                Host at = move.map(m -> site.host(m.to())).orElse(host);
                for (int i = 0; i < evidence.count(); i++) {
                    attacker.mistypedLogon(at, user);
                }
            }
        }
    }

    /** The connection and the logon of a move; empty when both went through, else why not. */
    private Optional<String> moveTo(HostActions attacker, Host from, Action.Move move) {
        Host to = site.host(move.to());
        boolean payload = to.services().stream().filter(s -> s.protocol().equals(move.protocol()))
                .anyMatch(Service::carriesPayload);
        if (payload) {
            if (!reachable(from, to, move.protocol())) {
                return Optional.of("no path from " + from.name() + " to " + move.protocol() + " of " + to.name());
            }
        } else if (!attacker.connect(from, to, move.protocol(), 40_000, move.account().orElse(""), true)) {
            return Optional.of("the " + move.protocol() + " connection from " + from.name() + " to " + to.name()
                    + " did not go through");
        }
        if (move.account().isPresent() && !attacker.logon(to, move.account().get(), STOLEN, move.protocol())) {
            return Optional.of("the logon as " + move.account().get() + " on " + to.name() + " failed");
        }
        return Optional.empty();
    }

    /** Whether the firewall and the isolations let {@code from} open {@code protocol} on {@code to}. */
    private boolean reachable(Host from, Host to, String protocol) {
        int port = services.find(to, protocol).map(a -> a.getPort()).orElse(0);
        return !policy.isIsolated(from.address()) && !policy.isIsolated(to.address())
                && policy.firewall().permits(from.address() + ":0", to.address(), port, protocol);
    }
}
