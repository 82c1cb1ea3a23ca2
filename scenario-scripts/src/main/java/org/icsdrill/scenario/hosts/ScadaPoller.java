package org.icsdrill.scenario.hosts;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.core.modbus.RegisterTable;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SCADA server's poller: once per second of plant time it reads every coil, discrete input,
 * input register and holding register of every plant, from its own address (127.0.0.10 by
 * default). This is the normal baseline traffic a detector learns. The poll runs on its own
 * thread; the simulation waits only if the poller falls more than a few cycles behind, so an
 * accelerated run keeps one poll cycle per plant-second.
 */
public final class ScadaPoller implements TickListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScadaPoller.class);
    private static final int MAX_REGISTERS = 125;
    private static final int MAX_BITS = 2000;
    private static final int MAX_CYCLES_BEHIND = 5;

    private final InetAddress address;
    private final List<PlantEndpoint> plants;
    private final Duration timeout;
    private final Map<String, ModbusHostClient> clients = new HashMap<>();
    private final Semaphore pending = new Semaphore(0);
    private final Semaphore room = new Semaphore(MAX_CYCLES_BEHIND);
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread worker;
    private volatile boolean closed;

    public ScadaPoller(InetAddress address, List<PlantEndpoint> plants, Duration timeout) {
        this.address = address;
        this.plants = List.copyOf(plants);
        this.timeout = timeout;
        this.worker = new Thread(this::run, "scada-poller");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
        if (!simulation.isWholeSecond(tick)) {
            return;
        }
        room.acquireUninterruptibly();
        pending.release();
    }

    /** Poll cycles completed so far. */
    public long cycles() {
        return cycles.get();
    }

    /** Requests that failed (connection refused or closed, exception responses). */
    public long failures() {
        return failures.get();
    }

    /** Waits until every requested poll cycle has been done; for tests and the end of a run. */
    public void awaitIdle() {
        room.acquireUninterruptibly(MAX_CYCLES_BEHIND);
        room.release(MAX_CYCLES_BEHIND);
    }

    @Override
    public void close() {
        closed = true;
        pending.release();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.values().forEach(ModbusHostClient::close);
    }

    private void run() {
        while (true) {
            pending.acquireUninterruptibly();
            if (closed) {
                return;
            }
            for (PlantEndpoint plant : plants) {
                poll(plant);
            }
            cycles.incrementAndGet();
            room.release();
        }
    }

    private void poll(PlantEndpoint plant) {
        try {
            ModbusHostClient client = client(plant);
            for (RegisterTable table : RegisterTable.values()) {
                int size = plant.registers().size(table);
                int chunk = table.isBits() ? MAX_BITS : MAX_REGISTERS;
                for (int start = 0; start < size; start += chunk) {
                    int count = Math.min(chunk, size - start);
                    switch (table) {
                        case COIL -> client.readCoils(start, count);
                        case DISCRETE_INPUT -> client.readDiscreteInputs(start, count);
                        case INPUT_REGISTER -> client.readInputRegisters(start, count);
                        case HOLDING_REGISTER -> client.readHoldingRegisters(start, count);
                    }
                }
            }
        } catch (IOException | com.ghgande.j2mod.modbus.ModbusException e) {
            // A real SCADA server logs a communication failure and retries next cycle.
            failures.incrementAndGet();
            LOG.debug("SCADA poll of {} failed: {}", plant.plant(), e.toString());
            ModbusHostClient broken = clients.remove(plant.plant());
            if (broken != null) {
                broken.close();
            }
        }
    }

    private ModbusHostClient client(PlantEndpoint plant) throws IOException {
        ModbusHostClient client = clients.get(plant.plant());
        if (client == null) {
            client = ModbusHostClient.connect(address, plant.modbus(), timeout);
            clients.put(plant.plant(), client);
        }
        return client;
    }
}
