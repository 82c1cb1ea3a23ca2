package org.icsdrill.scenario.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.coupling.Couplings;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.model.TagRef;

/** What attacks and faults act on. Everything is called on the simulation thread. */
public interface EffectContext {

    Simulation simulation();

    /** The network path: isolation, blocked commands and reports, links. */
    SourcePolicy policy();

    /** The plant's Modbus endpoint and register map. */
    PlantEndpoint endpoint(String plant);

    /** The scenario's plants, in run order. */
    List<String> plants();

    /** Resolves {@code attacker}, {@code scada}, {@code engineering}, or a literal loopback address. */
    InetAddress host(String nameOrAddress);

    /** A new Modbus connection from a host to a plant's PLC; the caller closes it. */
    ModbusHostClient connect(InetAddress from, String plant) throws IOException;

    /** The OPC UA server's endpoint URL, when the run has one. */
    default Optional<String> opcUaEndpoint() {
        return Optional.empty();
    }

    /** The run's capture, told of connection attempts no endpoint serves (a scan of closed ports). */
    default NetworkTap capture() {
        return NetworkTap.NONE;
    }

    /** Where a kill chain's stages happen: the run's site, its hosts and conduits. */
    default StageRunner stages() {
        return StageRunner.NONE;
    }

    /** The couplings between the run's plants (docs/coupling.md); none by default. */
    default Couplings couplings() {
        return Couplings.NONE;
    }

    default PlantRuntime plant(String id) {
        return simulation().plant(id);
    }

    default PlantRuntime plant(TagRef tag) {
        return simulation().plant(tag.plant());
    }

    /** The source recorded for writes an effect makes directly in controller memory, not over the network. */
    default String directSource(String effectId) {
        return "scenario:" + effectId;
    }
}
