package org.icsdrill.scenario.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.coupling.Couplings;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.hosts.PlantEndpoint;

/** The effect context of a live run: the simulation, its network path, its endpoints and hosts. */
public final class LiveEffectContext implements EffectContext {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Simulation simulation;
    private final SourcePolicy policy;
    private final Map<String, PlantEndpoint> endpoints = new LinkedHashMap<>();
    private final HostAddresses hosts;
    private volatile String opcUaEndpoint;
    private volatile NetworkTap capture = NetworkTap.NONE;
    private volatile StageRunner stages = StageRunner.NONE;
    private volatile Couplings couplings = Couplings.NONE;

    public LiveEffectContext(Simulation simulation, SourcePolicy policy, List<PlantEndpoint> endpoints,
                             HostAddresses hosts) {
        this.simulation = simulation;
        this.policy = policy;
        endpoints.forEach(e -> this.endpoints.put(e.plant(), e));
        this.hosts = hosts;
    }

    @Override
    public Simulation simulation() {
        return simulation;
    }

    @Override
    public SourcePolicy policy() {
        return policy;
    }

    @Override
    public PlantEndpoint endpoint(String plant) {
        PlantEndpoint endpoint = endpoints.get(plant);
        if (endpoint == null) {
            throw new IllegalArgumentException("plant '" + plant + "' has no Modbus endpoint in this run");
        }
        return endpoint;
    }

    public List<PlantEndpoint> endpoints() {
        return List.copyOf(endpoints.values());
    }

    @Override
    public List<String> plants() {
        return simulation.plantIds();
    }

    /** Lets OPC UA attacks reach the run's server. */
    public LiveEffectContext withOpcUa(String endpointUrl) {
        this.opcUaEndpoint = endpointUrl;
        return this;
    }

    @Override
    public Optional<String> opcUaEndpoint() {
        return Optional.ofNullable(opcUaEndpoint);
    }

    /** Lets attacks tell the run's capture what no endpoint serves; returns this context. */
    public LiveEffectContext withCapture(NetworkTap tap) {
        this.capture = tap;
        return this;
    }

    @Override
    public NetworkTap capture() {
        return capture;
    }

    /** Lets kill chains' stages happen on the run's site; returns this context. */
    public LiveEffectContext withStages(StageRunner runner) {
        this.stages = runner;
        return this;
    }

    @Override
    public StageRunner stages() {
        return stages;
    }

    /** The couplings the run's plants step with, for the ground truth to tell cause from consequence; returns this. */
    public LiveEffectContext withCouplings(Couplings value) {
        this.couplings = value;
        return this;
    }

    @Override
    public Couplings couplings() {
        return couplings;
    }

    public HostAddresses hosts() {
        return hosts;
    }

    @Override
    public InetAddress host(String nameOrAddress) {
        return switch (nameOrAddress) {
            case "attacker" -> hosts.attacker();
            case "scada" -> hosts.scada();
            case "engineering" -> hosts.engineering();
            default -> HostAddresses.loopback(nameOrAddress);
        };
    }

    @Override
    public ModbusHostClient connect(InetAddress from, String plant) throws IOException {
        return ModbusHostClient.connect(from, endpoint(plant).modbus(), TIMEOUT, policy());
    }
}
