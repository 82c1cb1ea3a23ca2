package org.icsdrill.scenario.hosts;

import com.ghgande.j2mod.modbus.ModbusException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
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
 * <p>The poll runs on its own thread, one cycle per plant-second at every speed: the simulation
 * may run at most {@value #CYCLES_AHEAD} cycle ahead of it, so at {@code --speed max} each cycle's
 * requests are served within a plant-second of the cycle's own and the capture of a fast run has the
 * rhythm of a real one. What the simulation waits for is the poller's work, never a blinded path: a
 * plant whose answers are withheld (T0804) fails at once (see {@link ModbusHostClient}) and is left
 * alone for the poller's time-out, counted in plant time; a refused connection fails at once too.
 */
public final class ScadaPoller implements TickListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScadaPoller.class);
    private static final int MAX_REGISTERS = 125;
    private static final int MAX_BITS = 2000;
    /** How many requested cycles may wait for the poller before the simulation waits for it. */
    static final int CYCLES_AHEAD = 1;

    private final InetAddress address;
    private final List<PlantEndpoint> plants;
    private final Duration timeout;
    private final SourcePolicy path;
    private final Map<String, ModbusHostClient> clients = new HashMap<>();
    /** Plant-second before which a plant that did not answer is left alone; poller thread only. */
    private final Map<String, Long> quietUntil = new HashMap<>();
    private final BlockingQueue<Long> pending = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(CYCLES_AHEAD);
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread worker;
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
        if (!simulation.isWholeSecond(tick) || closed) {
            return;
        }
        room.acquireUninterruptibly();
        pending.add(Math.round(plantTimeSeconds));
    }

    /** Poll cycles completed so far. */
    public long cycles() {
        return cycles.get();
    }

    /** Requests that failed (no answer, connection refused or closed, exception responses). */
    public long failures() {
        return failures.get();
    }

    /** Waits until every requested cycle has been polled; for tests and the end of a run. */
    public void awaitIdle() {
        room.acquireUninterruptibly(CYCLES_AHEAD);
        room.release(CYCLES_AHEAD);
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        room.release(Integer.MAX_VALUE / 2); // a simulation still stepping never waits for a closed poller
        clients.values().forEach(ModbusHostClient::close);
    }

    private void run() {
        while (!closed) {
            long second;
            try {
                second = pending.take();
            } catch (InterruptedException e) {
                return;
            }
            for (PlantEndpoint plant : plants) {
                if (second >= quietUntil.getOrDefault(plant.plant(), Long.MIN_VALUE)) {
                    poll(plant, second);
                }
            }
            cycles.incrementAndGet();
            room.release();
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
