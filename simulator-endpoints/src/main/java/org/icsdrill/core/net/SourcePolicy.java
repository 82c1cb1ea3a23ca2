package org.icsdrill.core.net;

import java.net.InetAddress;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The network path seen from the endpoints: which source hosts are isolated (the "isolate host"
 * response, ATT&CK for ICS mitigation M0930), which have their commands or reports blocked
 * (T0803 Block Command Message, T0804 Block Reporting Message, or a trainee's block), and which
 * plants have lost their link (a fault). Shared by all endpoints of a run. Thread-safe.
 *
 * <p>Each block is kept under the {@link Origin} that set it, so that an attack ending never lifts
 * a trainee's block and a trainee's action never lifts an attack's. Endpoints register a
 * {@link Listener} so that an isolation or a lost link cuts open connections at once, not at
 * their next request.
 */
public final class SourcePolicy {

    /** What an endpoint does with one request from a source. */
    public enum Verdict {
        /** Serve it. */
        SERVE,
        /** Close the connection: the host is isolated. */
        REFUSE,
        /** Answer as if the write succeeded but do not apply it (the command never reached the PLC). */
        DROP_WRITE,
        /** Apply the request but send no answer (the report never reached the client). */
        WITHHOLD_RESPONSE
    }

    /** Who set a block: each origin's blocks are lifted only by that origin. */
    public enum Origin {
        /** A response action: a trainee, the playbook, a scripted drill. */
        RESPONSE,
        /** An attack of the scenario. */
        ATTACK
    }

    /** Told when open connections must be cut now. Called on the thread that changed the policy. */
    public interface Listener {
        /** {@code host} was isolated: close its connections. */
        void isolated(String host);

        /** {@code plant} lost its link: close every connection of its endpoints. */
        void linkDown(String plant);

        /** The site's firewall closed a conduit or a service: cut each open connection it now denies. */
        default void firewallTightened() {
        }
    }

    /** Stands for every source, so a block can cover all clients. */
    public static final String ANY = "*";

    private final Set<String> isolated = ConcurrentHashMap.newKeySet();
    private final Map<Origin, Set<String>> commandsBlocked = perOrigin();
    private final Map<Origin, Set<String>> reportsBlocked = perOrigin();
    private final Set<String> linksDown = ConcurrentHashMap.newKeySet();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Firewall.Listener tightened = () -> listeners.forEach(Listener::firewallTightened);
    private volatile Firewall firewall = Firewall.open();
    /** Per client ({@code host:port}), the reads an endpoint has taken in and will not answer. */
    private final Map<String, Semaphore> withheld = new ConcurrentHashMap<>();

    private static Map<Origin, Set<String>> perOrigin() {
        Map<Origin, Set<String>> map = new EnumMap<>(Origin.class);
        for (Origin origin : Origin.values()) {
            map.put(origin, ConcurrentHashMap.newKeySet());
        }
        return map;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The site's conduits, checked by every endpoint at accept; open (no zones) until a site is used. */
    public Firewall firewall() {
        return firewall;
    }

    /** Enforces {@code site}'s conduits from now on; connections already open stay until it tightens. */
    public void useFirewall(Firewall site) {
        firewall.removeListener(tightened);
        firewall = site;
        site.addListener(tightened);
    }

    /** Isolates a host (a response; attacks do not isolate) and cuts its open connections. */
    public void isolate(String host) {
        isolated.add(host);
        listeners.forEach(l -> l.isolated(host));
    }

    public void release(String host) {
        isolated.remove(host);
    }

    public boolean isIsolated(InetAddress source) {
        return isolated.contains(source.getHostAddress());
    }

    public boolean isIsolated(String host) {
        return isolated.contains(host);
    }

    public Set<String> isolatedHosts() {
        return Set.copyOf(isolated);
    }

    public void blockCommands(Origin origin, String host) {
        commandsBlocked.get(origin).add(host);
    }

    public void unblockCommands(Origin origin, String host) {
        commandsBlocked.get(origin).remove(host);
    }

    public void blockReports(Origin origin, String host) {
        reportsBlocked.get(origin).add(host);
    }

    public void unblockReports(Origin origin, String host) {
        reportsBlocked.get(origin).remove(host);
    }

    /** Cuts a plant off the network (a fault: a cable or switch failure); its endpoints refuse everyone. */
    public void linkDown(String plant) {
        linksDown.add(plant);
        listeners.forEach(l -> l.linkDown(plant));
    }

    public void linkUp(String plant) {
        linksDown.remove(plant);
    }

    public boolean isLinkDown(String plant) {
        return linksDown.contains(plant);
    }

    /** Whether reads by {@code host} get no answer, under any origin's block. */
    public boolean reportsBlocked(String host) {
        return blocked(reportsBlocked, host);
    }

    /** Whether writes from {@code host} are dropped, under any origin's block. */
    public boolean commandsBlocked(String host) {
        return blocked(commandsBlocked, host);
    }

    private static boolean blocked(Map<Origin, Set<String>> blocks, String host) {
        for (Set<String> hosts : blocks.values()) {
            if (!hosts.isEmpty() && (hosts.contains(host) || hosts.contains(ANY))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An endpoint tells that it has read, and journaled, a request from {@code source} ({@code host:port})
     * that it will not answer (T0804). A simulated host that sent it waits for this
     * ({@link #awaitWithheld}), so the request is served at the plant time it was sent in, not later.
     */
    public void withheld(String source) {
        withheld.computeIfAbsent(source, k -> new Semaphore(0)).release();
    }

    /**
     * Waits, at most {@code timeoutMillis} of wall time, until an endpoint has read a request from
     * {@code source} that it will not answer; false if it did not in that time.
     */
    public boolean awaitWithheld(String source, long timeoutMillis) {
        return awaitWithheld(source, 1, timeoutMillis);
    }

    /** Waits, at most {@code timeoutMillis} of wall time, until an endpoint has read {@code requests} such requests. */
    public boolean awaitWithheld(String source, int requests, long timeoutMillis) {
        try {
            return withheld.computeIfAbsent(source, k -> new Semaphore(0)).tryAcquire(requests, timeoutMillis,
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Forgets a client's connection once it has ended. */
    public void forget(String source) {
        withheld.remove(source);
    }

    public Verdict judge(InetAddress source, boolean write) {
        return judge(source.getHostAddress(), write);
    }

    /** The same for a host already formatted, as endpoints keep it per connection (a hot path). */
    public Verdict judge(String host, boolean write) {
        if (isolated.contains(host)) {
            return Verdict.REFUSE;
        }
        if (write && commandsBlocked(host)) {
            return Verdict.DROP_WRITE;
        }
        if (!write && reportsBlocked(host)) {
            return Verdict.WITHHOLD_RESPONSE;
        }
        return Verdict.SERVE;
    }
}
