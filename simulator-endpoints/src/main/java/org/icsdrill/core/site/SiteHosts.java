package org.icsdrill.core.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.SourcePolicy;

/**
 * The state of the site's hosts and accounts during a run: which host is clean, compromised or
 * quarantined, which account is disabled and how often its password was reset. A change is logged on
 * the host's event log as its EDR or directory would log it; a quarantine also cuts the host off at
 * every endpoint and flow listener ({@link SourcePolicy#isolate}). Thread-safe.
 */
public final class SiteHosts {

    private final List<SiteView.Host> layout;
    private final SourcePolicy policy;
    private final HostEventLog log;
    private final Map<String, HostState> states = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Integer> resets = new LinkedHashMap<>();
    private long version;

    /** The hosts as the site declares them (their state is taken as given: clean, normally). */
    public SiteHosts(List<SiteView.Host> hosts, SourcePolicy policy, HostEventLog log) {
        this.layout = List.copyOf(hosts);
        this.policy = policy;
        this.log = log;
        layout.forEach(h -> states.put(h.name(), h.state()));
    }

    public List<String> names() {
        return layout.stream().map(SiteView.Host::name).toList();
    }

    public Optional<SiteView.Host> named(String name) {
        return layout.stream().filter(h -> h.name().equals(name)).findFirst().map(this::now);
    }

    public Optional<SiteView.Host> at(String address) {
        return layout.stream().filter(h -> h.address().equals(address)).findFirst().map(this::now);
    }

    /** Every account name on the site, each once. */
    public List<String> accounts() {
        return layout.stream().flatMap(h -> h.accounts().stream()).map(SiteView.Account::name).distinct().toList();
    }

    /** The hosts that have this account, by name. */
    public List<String> hostsWith(String account) {
        return layout.stream().filter(h -> h.accounts().stream().anyMatch(a -> a.name().equals(account)))
                .map(SiteView.Host::name).toList();
    }

    public synchronized HostState state(String host) {
        return states.getOrDefault(host, HostState.CLEAN);
    }

    /** Cuts the host off: it opens and accepts no connection from now on. */
    public void quarantine(String host) {
        SiteView.Host h = named(host).orElseThrow(() -> new IllegalArgumentException("no host " + host));
        synchronized (this) {
            states.put(host, HostState.QUARANTINED);
            version++;
        }
        policy.isolate(h.address());
        log.log(HostEventLog.Entry.of(host, HostEventAction.HOST_QUARANTINED, true,
                "isolated from the network by the response team"));
    }

    /** An attacker now runs on the host; a quarantined host stays quarantined. */
    public void compromise(String host) {
        synchronized (this) {
            if (states.get(host) == HostState.QUARANTINED || !states.containsKey(host)) {
                return;
            }
            states.put(host, HostState.COMPROMISED);
            version++;
        }
    }

    /** Disables the account on every host that has it; its logons fail from now on. */
    public void disable(String account) {
        synchronized (this) {
            disabled.add(account);
            version++;
        }
        hostsWith(account).forEach(host -> log.log(HostEventLog.Entry.of(host, HostEventAction.ACCOUNT_DISABLED, true,
                "account disabled by the response team").by(account)));
    }

    /** Resets the account's password: whoever holds the old one can no longer log on with it. */
    public void resetCredential(String account) {
        synchronized (this) {
            resets.merge(account, 1, Integer::sum);
            version++;
        }
        hostsWith(account).forEach(host -> log.log(HostEventLog.Entry.of(host, HostEventAction.CREDENTIAL_RESET,
                true, "password reset by the response team").by(account)));
    }

    public synchronized boolean enabled(String account) {
        return !disabled.contains(account);
    }

    /** The account's current password, as a generation: 0 at the start, one more at each reset. */
    public synchronized int credential(String account) {
        return resets.getOrDefault(account, 0);
    }

    /**
     * Whether a logon with {@code account} and a password of that {@code generation} succeeds: the account is
     * enabled and the password current. The owner always has the current one; a thief keeps what he stole.
     */
    public synchronized boolean logonSucceeds(String account, int generation) {
        return !disabled.contains(account) && generation == credential(account);
    }

    /** Changes whenever a state, an account or a password does. */
    public synchronized long version() {
        return version;
    }

    /** The hosts as they stand now. */
    public synchronized List<SiteView.Host> view() {
        List<SiteView.Host> hosts = new ArrayList<>();
        layout.forEach(h -> hosts.add(now(h)));
        return hosts;
    }

    private synchronized SiteView.Host now(SiteView.Host h) {
        List<SiteView.Account> accounts = h.accounts().stream().map(a -> new SiteView.Account(a.name(), a.kind(),
                !disabled.contains(a.name()), resets.getOrDefault(a.name(), 0))).toList();
        return new SiteView.Host(h.name(), h.role(), h.zone(), h.address(), states.get(h.name()), accounts);
    }
}
