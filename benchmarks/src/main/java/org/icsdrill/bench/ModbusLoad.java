package org.icsdrill.bench;

import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;

/**
 * Closed-loop Modbus/TCP load on loopback: each connection sends FC03 and FC04 requests for 10
 * registers in turn, waiting for each answer. Measures the live chemical plant's server (plant
 * running at real time, journal on) against a bare j2mod 3.2.1 slave with a static image, and
 * against any other server given with {@code --other NAME=PORT} (for example libmodbus's, see
 * benchmarks/libmodbus). Usage: {@code ModbusLoad [--seconds N] [--other NAME=PORT]...}
 */
public final class ModbusLoad {

    private static final int REGISTERS = 10;
    private static final String PLC = "127.0.24.2";
    private static final String SCADA = "127.0.0.10";

    public static void main(String[] args) throws Exception {
        int seconds = 10;
        Map<String, Target> targets = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--other" -> others.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Simulation simulation = new Simulation(SimulationConfig.defaults(1), List.of(Plants.create("chemical")));
        SimulationDriver driver = new SimulationDriver(simulation, Speed.REAL_TIME);
        driver.start();
        TransactionJournal journal = TransactionJournal.toFile(10_000,
                java.nio.file.Files.createTempDirectory("icsdrill-bench").resolve("journal.jsonl"));
        ModbusTcpServer live = ModbusTcpServer.start(simulation.plant("chemical"),
                ModbusServerConfig.loopback(0), journal, new SourcePolicy(), "bench");
        targets.put("ICS Drill live chemical plant", Target.loopback(live.port()));
        TransactionJournal memoryOnly = TransactionJournal.inMemory(1);
        ModbusTcpServer liveNoFile = ModbusTcpServer.start(simulation.plant("chemical"),
                ModbusServerConfig.loopback(0), memoryOnly, new SourcePolicy(), "bench");
        targets.put("ICS Drill live chemical plant, journal not written to disk", Target.loopback(liveNoFile.port()));
        // the same plant in its control zone, behind the reference site's conduit from operations
        SourcePolicy zoned = new SourcePolicy();
        ModbusTcpServer behindConduit = ModbusTcpServer.start(simulation.plant("chemical"),
                ModbusServerConfig.loopback(0).withBindAddress(InetAddress.getByName(PLC)), journal, zoned, "bench");
        zoned.useFirewall(Firewall.of(List.of(new NetworkZone("operations", "127.0.0.0/24"),
                        new NetworkZone("control-chemical", "127.0.24.0/24")),
                List.of(new ConduitRule("operations-control-chemical", "operations", "control-chemical", "modbus",
                        behindConduit.port(), "fw-ops")), simulation::plantTimeSeconds));
        targets.put("ICS Drill live chemical plant, behind its conduit (from operations to its control zone)",
                new Target(SCADA, PLC, behindConduit.port()));

        int j2modPort = freePort();
        ModbusSlave j2mod = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), j2modPort, 16, false);
        SimpleProcessImage image = new SimpleProcessImage(1);
        for (int i = 0; i < 100; i++) {
            image.addRegister(new SimpleRegister(i));
            image.addInputRegister(new SimpleInputRegister(i));
        }
        j2mod.addProcessImage(1, image);
        j2mod.open();
        targets.put("bare j2mod 3.2.1 slave, static image", Target.loopback(j2modPort));
        for (String other : others) {
            String[] parts = other.split("=");
            targets.put(parts[0], Target.loopback(Integer.parseInt(parts[1])));
        }

        System.out.printf("%d s per run, closed loop, FC03/FC04 x %d registers, loopback, %d cores%n%n", seconds,
                REGISTERS, Runtime.getRuntime().availableProcessors());
        System.out.println("| server | connections | requests/s | p50 µs | p99 µs |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, Target> target : targets.entrySet()) {
            for (int connections : new int[] {1, 8}) {
                run(target.getValue(), connections, 2); // warm-up
                Result r = run(target.getValue(), connections, seconds);
                System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.0f | %.0f |%n", target.getKey(), connections,
                        r.perSecond, r.p50Micros, r.p99Micros);
            }
        }
        live.close();
        liveNoFile.close();
        behindConduit.close();
        j2mod.close();
        driver.close();
        journal.close();
        System.exit(0);
    }

    record Result(double perSecond, double p50Micros, double p99Micros) {
    }

    /** Where the clients connect from and to: a server's address and port, and the clients' own address. */
    record Target(String from, String to, int port) {
        static Target loopback(int port) {
            return new Target("127.0.0.1", "127.0.0.1", port);
        }
    }

    static Result run(Target target, int connections, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[] samples = new long[4_000_000];
            latencies.add(samples);
            int index = c;
            Thread t = new Thread(() -> {
                try (Socket socket = new Socket(InetAddress.getByName(target.to()), target.port(),
                        InetAddress.getByName(target.from()), 0)) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    DataInputStream in = new DataInputStream(socket.getInputStream());
                    byte[] response = new byte[260];
                    int n = 0;
                    while (System.nanoTime() < end && n < samples.length) {
                        byte[] request = frame(n, n % 2 == 0 ? 0x03 : 0x04);
                        long start = System.nanoTime();
                        out.write(request);
                        in.readFully(response, 0, 6);
                        int length = ((response[4] & 0xFF) << 8) | (response[5] & 0xFF);
                        in.readFully(response, 6, length);
                        samples[n++] = System.nanoTime() - start;
                    }
                    counts[index] = n;
                } catch (IOException e) {
                    throw new RuntimeException(e);
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total / elapsed, all[(int) (total * 0.50)] / 1e3, all[(int) (total * 0.99)] / 1e3);
    }

    private static byte[] frame(int transaction, int function) {
        return new byte[] {(byte) (transaction >>> 8), (byte) transaction, 0, 0, 0, 6, 1, (byte) function, 0, 0, 0,
            REGISTERS};
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
