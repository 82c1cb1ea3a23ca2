package org.icsdrill.core.modbus;

import java.util.Collection;
import java.util.function.Predicate;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.SourcePolicy;

/**
 * Cuts a server's open connections when the network path changes (a host isolated, the plant's link
 * down), as a firewall or a pulled cable would, and journals each cut.
 */
final class PathCutter implements SourcePolicy.Listener {

    private final String plantId;
    private final Collection<ModbusSession> sessions;
    private final ModbusJournal journal;

    /** @param sessions the server's open sessions, a live view */
    PathCutter(String plantId, Collection<ModbusSession> sessions, ModbusJournal journal) {
        this.plantId = plantId;
        this.sessions = sessions;
        this.journal = journal;
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

    private void cut(Predicate<ModbusSession> which, String why) {
        for (ModbusSession session : sessions) {
            if (which.test(session) && session.isOpen()) {
                journal.connection(session.source(), "disconnect", why, TrafficOutcome.DROPPED);
                session.cut();
            }
        }
    }
}
