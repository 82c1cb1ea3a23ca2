package org.icsdrill.scenario.hosts.site;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.scenario.site.Host;

/**
 * What a simulated host does on the network and how its event log tells it: a connection (a real flow,
 * Sysmon's network-connection event), a logon (Windows 4624, or 4625 when it fails), a process start
 * (4688). A quarantined host opens nothing: its own firewall drops the attempt (5157).
 */
final class HostActions {

    private final SiteHosts hosts;
    private final HostEventLog log;
    private final FlowClient flows;
    private final ServiceLocator services;
    /** The attack whose doing these actions are (ground truth on each event), empty for normal activity. */
    private final String attack;

    HostActions(SiteHosts hosts, HostEventLog log, FlowClient flows, ServiceLocator services) {
        this(hosts, log, flows, services, "");
    }

    private HostActions(SiteHosts hosts, HostEventLog log, FlowClient flows, ServiceLocator services, String attack) {
        this.hosts = hosts;
        this.log = log;
        this.flows = flows;
        this.services = services;
        this.attack = attack;
    }

    /** The same actions done by an attack: each event they log names it. */
    HostActions causedBy(String attackId) {
        return new HostActions(hosts, log, flows, services, attackId);
    }

    SiteHosts hosts() {
        return hosts;
    }

    private void log(HostEventLog.Entry entry) {
        log.log(attack.isEmpty() ? entry : entry.causedBy(attack));
    }

    /** Whether {@code to} offers {@code protocol} at all. */
    boolean offers(Host to, String protocol) {
        return services.find(to, protocol).isPresent();
    }

    /**
     * Opens a flow of {@code bytes} from {@code from} to {@code to}'s {@code protocol} service; logs it on
     * {@code from}, a failure always, a success when {@code logSuccess} (routine replication is not logged, as
     * Sysmon configurations leave it out). True when the flow went through.
     */
    boolean connect(Host from, Host to, String protocol, int bytes, String user, boolean logSuccess) {
        Optional<InetSocketAddress> service = services.find(to, protocol);
        if (service.isEmpty()) {
            return false;
        }
        InetSocketAddress at = service.get();
        if (hosts.state(from.name()) == HostState.QUARANTINED) {
            log(HostEventLog.Entry.of(from.name(), HostEventAction.FIREWALL_DROP, false,
                    "outbound connection blocked: the host is quarantined").by(user)
                    .to(at.getAddress().getHostAddress(), at.getPort(), protocol));
            return false;
        }
        FlowClient.Outcome outcome = flows.open(Addresses.of(from), at, bytes);
        if (logSuccess || !outcome.completed()) {
            log(HostEventLog.Entry.of(from.name(), HostEventAction.NETWORK_CONNECTION, outcome.completed(),
                    outcome.completed() ? "connected to " + to.name() : "connection to " + to.name() + " "
                            + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .by(user).to(at.getAddress().getHostAddress(), at.getPort(), protocol));
        }
        return outcome.completed();
    }

    /** A logon on {@code on} with the account's current password ({@code how}: interactive, rdp, vpn); true if it succeeded. */
    boolean logon(Host on, String account, String how) {
        return logon(on, account, hosts.credential(account), how);
    }

    /**
     * A logon with the password of generation {@code credential}: an intruder holds the one he stole, which a
     * reset makes stale; true if it succeeded.
     */
    boolean logon(Host on, String account, int credential, String how) {
        boolean success = hosts.logonSucceeds(account, credential);
        String why = !hosts.enabled(account) ? ": the account is disabled"
                : credential != hosts.credential(account) ? ": unknown user name or bad password" : "";
        log(HostEventLog.Entry.of(on.name(), HostEventAction.LOGON, success, how + " logon" + why).by(account));
        return success;
    }

    /** A logon that fails for a mistyped password. */
    void mistypedLogon(Host on, String account) {
        log(HostEventLog.Entry.of(on.name(), HostEventAction.LOGON, false,
                "interactive logon: unknown user name or bad password").by(account));
    }

    /** A USB stick or other removable disk recognised (6416). */
    void removableMedia(Host on, String user, String device) {
        log(HostEventLog.Entry.of(on.name(), HostEventAction.REMOVABLE_MEDIA, true, device).by(user));
    }

    /** A service installed (7045), as an update or an installer does. */
    void serviceInstalled(Host on, String user, String service) {
        log(HostEventLog.Entry.of(on.name(), HostEventAction.SERVICE_INSTALLED, true, service).by(user));
    }

    void process(Host on, String user, String image) {
        log(HostEventLog.Entry.of(on.name(), HostEventAction.PROCESS_STARTED, true, image).by(user));
    }
}
