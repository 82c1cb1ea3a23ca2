package org.icsdrill.scenario.hosts;

import com.ghgande.j2mod.modbus.ModbusException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.icsdrill.core.modbus.RegisterEntry;
import org.icsdrill.core.modbus.RegisterTable;
import org.icsdrill.core.modbus.RegisterType;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.core.tag.TagKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engineering workstation (127.0.0.20 by default): now and then it reads a block of holding
 * registers or nudges a set point by a small step within its normal range and later puts it back,
 * so that not every write on the network is an attack. The schedule is drawn from the run's seed
 * in plant time, and each action runs on the simulation thread before the tick, so a seeded run
 * applies the same writes at the same ticks.
 */
public final class EngineeringWorkstation implements TickListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EngineeringWorkstation.class);
    /** Mean plant time between actions. */
    static final double MEAN_INTERVAL_SECONDS = 300;
    /** A nudge moves a set point by this fraction of its span. */
    static final double NUDGE_FRACTION = 0.005;

    private final InetAddress address;
    private final List<PlantEndpoint> plants;
    private final Duration timeout;
    private final SourcePolicy path;
    private final SplittableRandom random;
    private final Map<String, ModbusHostClient> clients = new HashMap<>();
    private final Map<RegisterEntry, Double> nudged = new HashMap<>();
    private double nextActionAt;
    private long actions;

    public EngineeringWorkstation(InetAddress address, List<PlantEndpoint> plants, Duration timeout, long seed,
                                  SourcePolicy path) {
        this.address = address;
        this.plants = List.copyOf(plants);
        this.timeout = timeout;
        this.path = path;
        this.random = new SplittableRandom(seed ^ 0xE115L);
        this.nextActionAt = nextInterval();
    }

    public long actions() {
        return actions;
    }

    @Override
    public void beforeTick(Simulation simulation, long tick, double plantTimeSeconds) {
        if (plantTimeSeconds < nextActionAt || plants.isEmpty()) {
            return;
        }
        nextActionAt = plantTimeSeconds + nextInterval();
        PlantEndpoint plant = plants.get(random.nextInt(plants.size()));
        boolean write = random.nextDouble() < 0.3;
        try {
            if (write) {
                nudgeSetpoint(simulation, plant);
            } else {
                readBlock(plant);
            }
            actions++;
        } catch (ModbusHostClient.NoAnswerException e) {
            // its read went unanswered (T0804); it runs on the simulation thread, so it does not wait
            LOG.debug("engineering workstation read of {} unanswered", plant.plant());
        } catch (IOException | ModbusException e) {
            LOG.debug("engineering workstation action on {} failed: {}", plant.plant(), e.toString());
            ModbusHostClient broken = clients.remove(plant.plant());
            if (broken != null) {
                broken.close();
            }
        }
    }

    private double nextInterval() {
        // exponential inter-arrival times: a Poisson schedule, as engineers' visits are
        return -MEAN_INTERVAL_SECONDS * Math.log(1 - random.nextDouble());
    }

    private void readBlock(PlantEndpoint plant) throws IOException, ModbusException {
        int size = plant.registers().size(RegisterTable.HOLDING_REGISTER);
        if (size > 0) {
            int count = Math.min(size, 1 + random.nextInt(Math.min(size, 20)));
            client(plant).readHoldingRegisters(random.nextInt(size - count + 1), count);
        }
    }

    /** Moves a set point by a small step, or puts back one moved before. */
    private void nudgeSetpoint(Simulation simulation, PlantEndpoint plant) throws IOException, ModbusException {
        List<RegisterEntry> setpoints = plant.registers().entries().stream()
                .filter(e -> e.tag().kind() == TagKind.SETPOINT && e.type() == RegisterType.FLOAT32 && e.isWritable())
                .toList();
        if (setpoints.isEmpty()) {
            readBlock(plant);
            return;
        }
        RegisterEntry entry = setpoints.get(random.nextInt(setpoints.size()));
        Double original = nudged.remove(entry);
        double value;
        if (original != null) {
            value = original;
        } else {
            double current = simulation.plant(plant.plant()).view().value(entry.tagIndex());
            double step = NUDGE_FRACTION * entry.tag().range().span() * (random.nextBoolean() ? 1 : -1);
            value = entry.tag().range().clamp(current + step);
            nudged.put(entry, current);
        }
        client(plant).writeFloat(entry.address(), (float) value);
    }

    private ModbusHostClient client(PlantEndpoint plant) throws IOException {
        ModbusHostClient client = clients.get(plant.plant());
        if (client == null) {
            client = ModbusHostClient.connect(address, plant.modbus(), timeout, path);
            clients.put(plant.plant(), client);
        }
        return client;
    }

    @Override
    public void close() {
        clients.values().forEach(ModbusHostClient::close);
    }
}
