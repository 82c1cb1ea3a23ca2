package org.icsdrill.core.modbus;

import java.util.Collection;
import java.util.function.Predicate;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.SourcePolicy;

/**
 * Cuts a server's open connections when the network path changes (a host isolated, the plant's link
 * down, a conduit closed), as a firewall or a pulled cable would, and journals each cut.
 */
final class PathCutter implements SourcePolicy.Listener {

    private final String plantId;
    private final Collection<ModbusSession> sessions;
    private final ModbusJournal journal;
    private final SourcePolicy policy;

    /** @param sessions the server's open sessions, a live view */
    PathCutter(String plantId, Collection<ModbusSession> sessions, ModbusJournal journal, SourcePolicy policy) {
        this.plantId = plantId;
        this.sessions = sessions;
        this.journal = journal;
        this.policy = policy;
    }

    @Override
    public void isolated(String host) {
        cut(s -> s.host().equals(host), "dropped: host isolated");
    }

    @Override
    public void linkDown(String plant) {
        if (plant.equals(plantId)) {
            cut(s -> true, "dropped: link down");
        }
    }

    @Override
    public void firewallTightened() {
        cut(s -> !policy.firewall().permits(s.source(), s.socket().getLocalAddress().getHostAddress(),
                s.socket().getLocalPort(), ModbusTcpServer.PROTOCOL), "dropped: firewall, conduit closed");
    }

    private void cut(Predicate<ModbusSession> which, String why) {
        for (ModbusSession session : sessions) {
            if (which.test(session) && session.isOpen()) {
                journal.connection(session.source(), "disconnect", why, TrafficOutcome.DROPPED);
                session.cut();
            }
        }
    }
}
