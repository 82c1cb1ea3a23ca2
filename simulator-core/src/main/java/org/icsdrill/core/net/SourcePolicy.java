package org.icsdrill.core.net;

import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network path seen from the endpoints: which source hosts are isolated (the "isolate host"
 * response, ATT&CK for ICS mitigation M0930) and which have their commands or reports blocked
 * (T0803 Block Command Message, T0804 Block Reporting Message). Shared by all endpoints of a run.
 * Thread-safe.
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

    /** Stands for every source, so a block can cover all clients. */
    public static final String ANY = "*";

    private final Set<String> isolated = ConcurrentHashMap.newKeySet();
    private final Set<String> commandsBlocked = ConcurrentHashMap.newKeySet();
    private final Set<String> reportsBlocked = ConcurrentHashMap.newKeySet();
    private final Set<String> linksDown = ConcurrentHashMap.newKeySet();

    public void isolate(String host) {
        isolated.add(host);
    }

    public void release(String host) {
        isolated.remove(host);
    }

    public boolean isIsolated(InetAddress source) {
        return isolated.contains(source.getHostAddress());
    }

    public Set<String> isolatedHosts() {
        return Set.copyOf(isolated);
    }

    public void blockCommands(String host) {
        commandsBlocked.add(host);
    }

    public void unblockCommands(String host) {
        commandsBlocked.remove(host);
    }

    public void blockReports(String host) {
        reportsBlocked.add(host);
    }

    public void unblockReports(String host) {
        reportsBlocked.remove(host);
    }

    /** Cuts a plant off the network (a fault: a cable or switch failure); its endpoints refuse everyone. */
    public void linkDown(String plant) {
        linksDown.add(plant);
    }

    public void linkUp(String plant) {
        linksDown.remove(plant);
    }

    public boolean isLinkDown(String plant) {
        return linksDown.contains(plant);
    }

    public Verdict judge(InetAddress source, boolean write) {
        return judge(source.getHostAddress(), write);
    }

    /** The same for a host already formatted, as endpoints keep it per connection (a hot path). */
    public Verdict judge(String host, boolean write) {
        if (isolated.contains(host)) {
            return Verdict.REFUSE;
        }
        if (write && (commandsBlocked.contains(host) || commandsBlocked.contains(ANY))) {
            return Verdict.DROP_WRITE;
        }
        if (!write && (reportsBlocked.contains(host) || reportsBlocked.contains(ANY))) {
            return Verdict.WITHHOLD_RESPONSE;
        }
        return Verdict.SERVE;
    }
}
