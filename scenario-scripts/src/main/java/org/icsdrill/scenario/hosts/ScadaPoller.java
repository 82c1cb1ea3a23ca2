package org.icsdrill.scenario.hosts;

import com.ghgande.j2mod.modbus.ModbusException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
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
 * default). This is the normal baseline traffic a detector learns.
 *
 * <p>The poll runs on its own thread and never holds plant time back: each whole plant-second asks
 * for a cycle, and a poller still busy when the next ones come skips them (counted in
 * {@link #skipped()}), polling next for the newest plant-second. So at real time and moderate speeds
 * there is one cycle per plant-second; at {@code --speed max} the poller polls as often as it keeps
 * up. A plant whose answers are withheld on the network path (T0804) is not waited for: the poller
 * counts a failure and tries that plant again after its time-out has passed in plant time.
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
    /** Plant-second before which a plant that did not answer is left alone; poller thread only. */
    private final Map<String, Long> quietUntil = new HashMap<>();
    private final Object lock = new Object();
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread worker;
    /** The newest plant-second that asked for a cycle, and the newest one the poller took; under lock. */
    private long requested = -1;
    private long taken = -1;
    private boolean polling;
    private volatile boolean closed;

    public ScadaPoller(InetAddress address, List<PlantEndpoint> plants, Duration timeout, SourcePolicy path) {
        this.address = address;
        this.plants = List.copyOf(plants);
        this.timeout = timeout;
        this.path = path;
        this.worker = new Thread(this::run, "scada-poller");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
        if (!simulation.isWholeSecond(tick)) {
            return;
        }
        synchronized (lock) {
            requested = Math.round(plantTimeSeconds);
            lock.notifyAll();
        }
    }

    /** Poll cycles completed so far. */
    public long cycles() {
        return cycles.get();
    }

    /** Plant-seconds whose cycle was skipped because the poller was still busy with an earlier one. */
    public long skipped() {
        return skipped.get();
    }

    /** Requests that failed (no answer, connection refused or closed, exception responses). */
    public long failures() {
        return failures.get();
    }

    /** Waits until the poller has taken the newest plant-second and finished its cycle; for tests and the end of a run. */
    public void awaitIdle() throws InterruptedException {
        synchronized (lock) {
            while (!closed && (polling || taken < requested)) {
                lock.wait();
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.values().forEach(ModbusHostClient::close);
    }

    private void run() {
        while (true) {
            long second;
            synchronized (lock) {
                polling = false;
                lock.notifyAll();
                while (!closed && taken >= requested) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                second = requested;
                if (taken >= 0) {
                    skipped.addAndGet(second - taken - 1);
                }
                taken = second;
                polling = true;
            }
            for (PlantEndpoint plant : plants) {
                if (second >= quietUntil.getOrDefault(plant.plant(), Long.MIN_VALUE)) {
                    poll(plant, second);
                }
            }
            cycles.incrementAndGet();
        }
    }

    private void poll(PlantEndpoint plant, long second) {
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

    private ModbusHostClient client(PlantEndpoint plant) throws IOException {
        ModbusHostClient client = clients.get(plant.plant());
        if (client == null) {
            client = ModbusHostClient.connect(address, plant.modbus(), timeout, path);
            clients.put(plant.plant(), client);
        }
        return client;
    }
}
