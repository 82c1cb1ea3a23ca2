package org.icsdrill.core.opcua;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;

/** A simulation of the test plant (or of the plants given) with an OPC UA endpoint on loopback and a free port. */
final class OpcUaFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2024-05-01T08:00:00Z");

    final Simulation simulation;
    final TransactionJournal journal = TransactionJournal.inMemory(10_000);
    final SourcePolicy policy = new SourcePolicy();
    final OpcUaEndpoint endpoint;

    OpcUaFixture(Path dataDirectory) throws OpcUaStartException {
        this(dataDirectory, new TestPlant());
    }

    OpcUaFixture(Path dataDirectory, PlantModel... plants) throws OpcUaStartException {
        simulation = new Simulation(SimulationConfig.defaults(7).withStartTime(START), List.of(plants));
        endpoint = OpcUaEndpoint.start(simulation, journal, policy, OpcUaConfig.loopback(dataDirectory));
    }

    Credentials operator() {
        return endpoint.createdDefaultOperator().orElseThrow();
    }

    double value(TestPlant.Tag tag) {
        return simulation.plant(TestPlant.ID).view().value(tag.ordinal());
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
