package org.icsdrill.scenario.hosts.site;

import java.util.SplittableRandom;
import org.icsdrill.scenario.site.Host;

/**
 * The SCADA server's historian pushing its newest values to the replica in the DMZ once a minute, outward
 * through the operations-to-DMZ conduit (nothing is pulled in). Only a failed push is logged.
 */
final class ReplicationRoutine extends Routine {

    static final double PERIOD = 60;

    private final HostActions actions;
    private final Host scada;
    private final Host replica;
    private final String account;

    ReplicationRoutine(SplittableRandom random, HostActions actions, Host scada, Host replica, String account) {
        super(random, PERIOD);
        this.actions = actions;
        this.scada = scada;
        this.replica = replica;
        this.account = account;
    }

    @Override
    protected double act(double now) {
        actions.connect(scada, replica, "pi", bytes(18_000, 26_000), account, false);
        return PERIOD;
    }
}
