package org.icsdrill.scenario.hosts;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.msg.ModbusRequest;
import com.ghgande.j2mod.modbus.msg.ReadCoilsRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputDiscretesRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadMultipleRegistersRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.core.modbus.RegisterTable;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SCADA server's poller: once per second of plant time it reads every coil, discrete input,
 * input register and holding register of every plant, from its own address (127.0.0.10 by
 * default). This is the normal baseline traffic a detector learns. It pipelines a plant's reads:
 * sends them together and then takes their answers, one round trip per plant and cycle.
 *
 * <p>Each cycle runs on the simulation thread right after the tick that ends its plant-second, and
 * the simulation waits for it (ADR 14): every speed, {@code --speed max} included, serves the cycle
 * from the view of exactly that second, so a seeded run journals and captures the same requests and
 * answers at the same plant times every time. What the simulation waits for is the poller's work,
 * never a blinded path: a plant whose answers are withheld (T0804) fails at once (see
 * {@link ModbusHostClient}) and is left alone for the poller's time-out, counted in plant time; a
 * refused connection fails at once too.
 */
public final class ScadaPoller implements TickListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScadaPoller.class);
    private static final int MAX_REGISTERS = 125;
    private static final int MAX_BITS = 2000;

    private final InetAddress address;
    private final List<PlantEndpoint> plants;
    private final Duration timeout;
    private final SourcePolicy path;
    private final Map<String, ModbusHostClient> clients = new HashMap<>();
    /** Each plant's cycle of reads, made once (the client numbers them anew each cycle). */
    private final Map<String, List<ModbusRequest>> requests = new HashMap<>();
    /** Plant-second before which a plant that did not answer is left alone; simulation thread only. */
    private final Map<String, Long> quietUntil = new HashMap<>();
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean closed;

    public ScadaPoller(InetAddress address, List<PlantEndpoint> plants, Duration timeout, SourcePolicy path) {
        this.address = address;
        this.plants = List.copyOf(plants);
        this.timeout = timeout;
        this.path = path;
    }

    @Override
    public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
        if (!simulation.isWholeSecond(tick) || closed) {
            return;
        }
        long second = Math.round(plantTimeSeconds);
        for (PlantEndpoint plant : plants) {
            if (second >= quietUntil.getOrDefault(plant.plant(), Long.MIN_VALUE)) {
                poll(plant, second);
            }
        }
        cycles.incrementAndGet();
    }

    /** Poll cycles completed so far. */
    public long cycles() {
        return cycles.get();
    }

    /** Requests that failed (no answer, connection refused or closed, exception responses). */
    public long failures() {
        return failures.get();
    }

    /** Closes its connections; call once the simulation has stopped stepping (or has removed the poller). */
    @Override
    public void close() {
        closed = true;
        clients.values().forEach(ModbusHostClient::close);
    }

    private void poll(PlantEndpoint plant, long second) {
        try {
            client(plant).poll(requests.computeIfAbsent(plant.plant(), k -> cycleRequests(plant)));
        } catch (ModbusHostClient.NoAnswerException e) {
            // as a SCADA server whose request timed out: wait out the time-out, in plant time, then retry
            failures.incrementAndGet();
            quietUntil.put(plant.plant(), second + Math.max(1, timeout.toSeconds()));
        } catch (IOException | ModbusException e) {
            // A real SCADA server logs a communication failure and retries next cycle.
            failures.incrementAndGet();
            LOG.debug("SCADA poll of {} failed: {}", plant.plant(), e.toString());
            ModbusHostClient broken = clients.remove(plant.plant());
            if (broken != null) {
                broken.close();
            }
        }
    }

    /** The reads of one cycle: every table of the plant, in chunks a request can carry. */
    private static List<ModbusRequest> cycleRequests(PlantEndpoint plant) {
        List<ModbusRequest> reads = new ArrayList<>();
        for (RegisterTable table : RegisterTable.values()) {
            int size = plant.registers().size(table);
            int chunk = table.isBits() ? MAX_BITS : MAX_REGISTERS;
            for (int start = 0; start < size; start += chunk) {
                int count = Math.min(chunk, size - start);
                reads.add(switch (table) {
                    case COIL -> new ReadCoilsRequest(start, count);
                    case DISCRETE_INPUT -> new ReadInputDiscretesRequest(start, count);
                    case INPUT_REGISTER -> new ReadInputRegistersRequest(start, count);
                    case HOLDING_REGISTER -> new ReadMultipleRegistersRequest(start, count);
                });
            }
        }
        return List.copyOf(reads);
    }

    private ModbusHostClient client(PlantEndpoint plant) throws IOException {
        ModbusHostClient client = clients.get(plant.plant());
        if (client == null) {
            client = ModbusHostClient.connect(address, plant.modbus(), timeout, path);
            clients.put(plant.plant(), client);
        }
        return client;
    }
}
