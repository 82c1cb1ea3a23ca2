package org.icsdrill.scenario.effect;

import com.ghgande.j2mod.modbus.ModbusException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterEntry;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.attack.AttackLibrary;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.fault.FaultLibrary;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.ParamSpec;
import org.icsdrill.scenario.model.ParamValue;
import org.icsdrill.scenario.model.Parameters;
import org.icsdrill.scenario.model.Signature;
import org.icsdrill.scenario.model.TagRef;

/**
 * Real plants in a real simulation, each behind a real Modbus/TCP server on a free loopback port,
 * and the smallest engine that can play effects: start, tick before every step, stop. For tests
 * of the attack and fault libraries.
 */
public final class PlantRig implements EffectContext, AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Simulation simulation;
    private final TransactionJournal journal = TransactionJournal.inMemory(50_000);
    private final SourcePolicy policy = new SourcePolicy();
    private final Map<String, ModbusTcpServer> servers = new LinkedHashMap<>();
    private final Map<String, PlantEndpoint> endpoints = new LinkedHashMap<>();
    private final List<Effect> running = new CopyOnWriteArrayList<>();
    private int nextId;
    /** The production context does the lookups; the rig adds servers, a journal and a tiny engine. */
    private final LiveEffectContext live;

    private PlantRig(long seed, ModbusServerConfig config, List<String> plants) throws IOException {
        List<PlantModel> models = plants.stream().map(Plants::create).toList();
        this.simulation = new Simulation(SimulationConfig.defaults(seed), models);
        for (String plant : plants) {
            ModbusTcpServer server = ModbusTcpServer.start(simulation.plant(plant), config, journal, policy, "test");
            servers.put(plant, server);
            endpoints.put(plant, new PlantEndpoint(plant, new InetSocketAddress(server.address(), server.port()),
                    RegisterMap.of(simulation.plant(plant).catalog())));
        }
        this.live = new LiveEffectContext(simulation, policy, List.copyOf(endpoints.values()),
                HostAddresses.defaults());
        simulation.addListener(new TickListener() {
            @Override
            public void beforeTick(Simulation sim, long tick, double plantTimeSeconds) {
                running.forEach(effect -> effect.tick(PlantRig.this, plantTimeSeconds));
            }
        });
    }

    public static PlantRig start(long seed, String... plants) throws IOException {
        return new PlantRig(seed, ModbusServerConfig.loopback(0), List.of(plants));
    }

    public static PlantRig start(ModbusServerConfig config, String... plants) throws IOException {
        return new PlantRig(1, config, List.of(plants));
    }

    // --- playing effects, as the engine would

    public Effect attack(AttackKind kind, Object... parameters) {
        Action.AttackStart attack = new Action.AttackStart(kind.yamlName() + "-" + nextId++, kind,
                parameters(kind.signature(), parameters), Optional.empty());
        return run(AttackLibrary.start(attack, this));
    }

    public Effect fault(FaultKind kind, Object... parameters) {
        Action.Fault fault = new Action.Fault(kind.yamlName() + "-" + nextId++, kind,
                parameters(kind.signature(), parameters), Optional.empty());
        return run(FaultLibrary.start(fault, this));
    }

    private Effect run(Effect effect) {
        running.add(effect);
        return effect;
    }

    public void stop(Effect effect) {
        running.remove(effect);
        effect.stop();
    }

    public void advance(Duration plantTime) {
        simulation.advance(plantTime);
    }

    /** Key-value pairs into typed parameters, with the signature's defaults, as the loader makes them. */
    public static Parameters parameters(Signature signature, Object... keyValues) {
        Map<String, ParamValue> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], value(keyValues[i + 1]));
        }
        for (ParamSpec spec : signature.parameters()) {
            spec.defaultValue().ifPresent(d -> values.putIfAbsent(spec.name(), d));
        }
        return new Parameters(values);
    }

    @SuppressWarnings("unchecked")
    private static ParamValue value(Object value) {
        if (value instanceof Number n) {
            return new ParamValue.NumberValue(n.doubleValue());
        } else if (value instanceof String s) {
            return new ParamValue.TextValue(s);
        } else if (value instanceof Duration d) {
            return new ParamValue.DurationValue(d);
        } else if (value instanceof TagRef t) {
            return new ParamValue.TagValue(t);
        } else if (value instanceof List<?> l) {
            return new ParamValue.TagListValue((List<TagRef>) l);
        } else if (value instanceof Map<?, ?> m) {
            return new ParamValue.MapValue((Map<String, String>) m);
        }
        throw new IllegalArgumentException("no parameter type for " + value);
    }

    /** {@code gas.K101.ST101} resolved to its plant's catalog index. */
    public TagRef tag(String qualified) {
        int dot = qualified.indexOf('.');
        String plant = qualified.substring(0, dot);
        String name = qualified.substring(dot + 1);
        return new TagRef(plant, name, simulation.plant(plant).catalog().require(name));
    }

    // --- looking at the result

    public TransactionJournal journal() {
        return journal;
    }

    /** Journaled requests from a host, by address. */
    public List<Transaction> journalFrom(String host) {
        String prefix = host(host).getHostAddress() + ":";
        return journal.recent().stream().filter(t -> t.source().startsWith(prefix)).toList();
    }

    public ModbusTcpServer server(String plant) {
        return servers.get(plant);
    }

    public double trueValue(TagRef tag) {
        return simulation.plant(tag.plant()).trueValue(tag.index());
    }

    public double plcValue(TagRef tag) {
        return simulation.plant(tag.plant()).plcValue(tag.index());
    }

    /** What a SCADA client reads for a tag over Modbus: the network view. */
    public double readOverModbus(String host, TagRef tag) throws IOException, ModbusException {
        try (ModbusHostClient client = connect(host(host), tag.plant())) {
            return read(client, TagLookup.register(this, tag));
        }
    }

    public static double read(ModbusHostClient client, RegisterEntry entry) throws ModbusException {
        return switch (entry.table()) {
            case COIL -> client.readCoils(entry.address(), 1)[0] ? 1 : 0;
            case DISCRETE_INPUT -> client.readDiscreteInputs(entry.address(), 1)[0] ? 1 : 0;
            case INPUT_REGISTER, HOLDING_REGISTER -> {
                int[] words = entry.table() == org.icsdrill.core.modbus.RegisterTable.INPUT_REGISTER
                        ? client.readInputRegisters(entry.address(), entry.type().width())
                        : client.readHoldingRegisters(entry.address(), entry.type().width());
                yield entry.type().width() == 2
                        ? Float.intBitsToFloat((words[0] << 16) | words[1])
                        : words[0] / entry.scale();
            }
        };
    }

    // --- EffectContext

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
        return live.endpoint(plant);
    }

    @Override
    public List<String> plants() {
        return live.plants();
    }

    @Override
    public InetAddress host(String nameOrAddress) {
        return live.host(nameOrAddress);
    }

    @Override
    public ModbusHostClient connect(InetAddress from, String plant) throws IOException {
        return live.connect(from, plant);
    }

    @Override
    public void close() {
        running.forEach(Effect::stop);
        running.clear();
        servers.values().forEach(ModbusTcpServer::close);
        journal.close();
    }
}
