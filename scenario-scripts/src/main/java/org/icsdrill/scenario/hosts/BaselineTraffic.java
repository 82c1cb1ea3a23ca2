package org.icsdrill.scenario.hosts;

import java.time.Duration;
import java.util.List;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;

/**
 * The plant network's normal traffic: the SCADA poller and the engineering workstation, attached to
 * a simulation as tick listeners. Every run has it, with or without a scenario.
 */
public final class BaselineTraffic implements AutoCloseable {

    /** How long the simulated hosts wait for an answer that the network path does not withhold. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Simulation simulation;
    private final ScadaPoller poller;
    private final EngineeringWorkstation workstation;

    private BaselineTraffic(Simulation simulation, ScadaPoller poller, EngineeringWorkstation workstation) {
        this.simulation = simulation;
        this.poller = poller;
        this.workstation = workstation;
    }

    public static BaselineTraffic attach(Simulation simulation, HostAddresses hosts, List<PlantEndpoint> endpoints,
                                         SourcePolicy path, long seed) {
        ScadaPoller poller = new ScadaPoller(hosts.scada(), endpoints, TIMEOUT, path);
        EngineeringWorkstation workstation = new EngineeringWorkstation(hosts.engineering(), endpoints, TIMEOUT,
                seed, path);
        simulation.addListener(workstation);
        simulation.addListener(poller);
        return new BaselineTraffic(simulation, poller, workstation);
    }

    public ScadaPoller poller() {
        return poller;
    }

    @Override
    public void close() {
        simulation.removeListener(poller);
        simulation.removeListener(workstation);
        poller.close();
        workstation.close();
    }
}
