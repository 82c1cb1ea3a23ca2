package org.icsdrill.cli;

import java.time.Duration;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.EngineeringWorkstation;
import org.icsdrill.scenario.hosts.ScadaPoller;

/** The simulated SCADA poller and engineering workstation of a run without a scenario. */
final class BaselineHosts implements AutoCloseable {

    private final ScadaPoller poller;
    private final EngineeringWorkstation workstation;

    private BaselineHosts(ScadaPoller poller, EngineeringWorkstation workstation) {
        this.poller = poller;
        this.workstation = workstation;
    }

    static BaselineHosts attach(LiveEffectContext context, long seed) {
        Duration timeout = Duration.ofSeconds(5);
        ScadaPoller poller = new ScadaPoller(context.hosts().scada(), context.endpoints(), timeout);
        EngineeringWorkstation workstation = new EngineeringWorkstation(context.hosts().engineering(),
                context.endpoints(), timeout, seed);
        context.simulation().addListener(workstation);
        context.simulation().addListener(poller);
        return new BaselineHosts(poller, workstation);
    }

    @Override
    public void close() {
        poller.close();
        workstation.close();
    }
}
