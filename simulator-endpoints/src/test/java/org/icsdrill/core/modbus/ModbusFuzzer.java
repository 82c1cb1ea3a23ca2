package org.icsdrill.core.modbus;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.core.testing.Await;
import org.icsdrill.core.testplant.TankPlant;

/**
 * Fuzzes a live {@link ModbusTcpServer} over real loopback sockets with generated frames: random
 * bytes, wrong lengths, wrong protocol ids, every function code 0-255, boundary addresses and
 * quantities, truncated and concatenated frames, from several connections and source addresses
 * (reconnecting whenever the server closes one). Every answer is checked against the request it
 * answers (Modbus Application Protocol v1.1b3 and the TCP/IP Implementation Guide v1.0b); a
 * well-behaved poller runs alongside from 127.0.0.10, and the simulation ticks under a
 * {@link SimulationDriver} so scan jitter can be measured. Seeded: the same seed sends the same
 * frames per worker.
 *
 * <p>Run the full load with {@code main}: {@code frames seed speed workers} (see docs/performance.md).
 */
public final class ModbusFuzzer {

    /** What one run saw. */
    public record Report(long seed, long frames, long answers, Map<String, Long> answersByKind, long closedByServer,
                         long serverClosedCount, long reconnects, long pollerAnswers, long ticks, double nominalMillis,
                         double p50Millis, double p99Millis, double p999Millis, double maxMillis,
                         double maxAtSeconds, List<String> violations,
                         int openAfter, int extraThreadsAfter, Duration wall) {

        public String describe() {
            return String.format(
                    "seed %d: %d frames, %d answers %s, %d connections closed by the server (server counts %d), "
                            + "%d reconnects; poller %d answers; %d ticks, interval nominal %.1f ms p50 %.2f p99 %.2f "
                            + "p99.9 %.2f max %.2f ms (%.1f s into the storm); open after %d, extra modbus- threads "
                            + "after %d; %d violations; %s",
                    seed, frames, answers, answersByKind, closedByServer, serverClosedCount, reconnects, pollerAnswers,
                    ticks, nominalMillis, p50Millis, p99Millis, p999Millis, maxMillis, maxAtSeconds, openAfter,
                    extraThreadsAfter,
                    violations.size(), wall);
        }
    }

    private static final int MAX_VIOLATIONS = 50;
    private static final int[] SUPPORTED = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0F, 0x10, 0x17, 0x2B};

    private final long seed;
    private final long frames;
    private final int workers;
    private final Speed speed;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong closedByServer = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong pollerAnswers = new AtomicLong();
    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile boolean fuzzing = true;
    private RegisterMap map;
    private int port;

    public ModbusFuzzer(long seed, long frames, int workers, Speed speed) {
        this.seed = seed;
        this.frames = frames;
        this.workers = workers;
        this.speed = speed;
    }

    public static void main(String[] args) throws Exception {
        long frames = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261125L;
        Speed speed = args.length > 2 ? Speed.parse(args[2]) : new Speed(10);
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        System.out.printf("ModbusFuzzer: %d frames, seed %d, speed %s, %d workers, %s, %d CPUs, Java %s%n", frames,
                seed, speed, workers, Instant.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Report report = new ModbusFuzzer(seed, frames, workers, speed).run();
        System.out.println(report.describe());
        report.violations().forEach(v -> System.out.println("VIOLATION " + v));
        System.exit(report.violations().isEmpty() ? 0 : 1);
    }

    /** Starts a plant, its server and the driver, fuzzes, then checks for leaks; never throws on a finding. */
    public Report run() throws Exception {
        long started = System.nanoTime();
        Simulation sim = new Simulation(SimulationConfig.defaults(seed), List.of(new TankPlant()));
        sim.advance(Duration.ofSeconds(1));
        map = RegisterMap.of(sim.plant("tank").catalog());
        long[] tickTimes = new long[2_000_000];
        AtomicInteger tickCount = new AtomicInteger();
        sim.addListener(new TickListener() {
            @Override
            public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
                int i = tickCount.getAndIncrement();
                if (i < tickTimes.length) {
                    tickTimes[i] = System.nanoTime();
                }
            }
        });
        TransactionJournal journal = TransactionJournal.inMemory(1000);
        ModbusTcpServer server = ModbusTcpServer.start(sim.plant("tank"), ModbusServerConfig.loopback(0), journal,
                new SourcePolicy(), "fuzz");
        port = server.port();
        int baselineThreads = modbusThreads();
        SimulationDriver driver = new SimulationDriver(sim, speed);
        driver.start();
        Thread poller = new Thread(this::poll, "fuzz-poller");
        poller.setDaemon(true);
        poller.start();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long quota = frames / workers + (w < frames % workers ? 1 : 0);
            Random random = new Random(seed * 31 + w);
            String from = "127.0.0." + (66 + w % 4);
            Thread t = new Thread(() -> {
                try {
                    fuzz(random, quota, from);
                } catch (RuntimeException | Error e) {
                    violation("fuzz worker failed: " + e);
                    e.printStackTrace();
                }
            }, "fuzz-worker-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        int ticksAtStart = tickCount.get();
        for (Thread t : threads) {
            t.join(Duration.ofMinutes(30).toMillis());
            if (t.isAlive()) {
                violation("worker " + t.getName() + " still running after 30 min");
            }
        }
        int ticksAtEnd = tickCount.get();
        fuzzing = false;
        poller.join(10_000);
        if (ticksAtEnd <= ticksAtStart) {
            violation("the simulation did not tick during the fuzz");
        }
        // the server must still accept and answer afterwards
        try (RawModbusClient after = new RawModbusClient(port)) {
            byte[] answer = after.request(1, 0x04, 0, 0, 0, 2);
            if (answer[0] != 0x04) {
                violation("after the fuzz, a plain read got " + Arrays.toString(answer));
            }
        } catch (IOException e) {
            violation("after the fuzz, the server does not answer: " + e);
        }
        // a miss is not thrown here: it is counted below as a leak, with the rest of the report
        Await.within(Await.DEFAULT_TIMEOUT,
                () -> server.openConnections() == 0 && modbusThreads() <= baselineThreads);
        int openAfter = server.openConnections();
        int extraThreads = modbusThreads() - baselineThreads;
        if (openAfter != 0) {
            violation(openAfter + " connections still open after every client closed");
        }
        if (extraThreads > 0) {
            violation(extraThreads + " extra modbus- threads alive after every client closed");
        }
        driver.close();
        server.close();
        double nominal = sim.tickSeconds() * 1e3 / speed.factor();
        double[] intervals = new double[Math.max(0, Math.min(ticksAtEnd, tickTimes.length) - ticksAtStart - 1)];
        double maxAt = 0;
        double longest = -1;
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = (tickTimes[ticksAtStart + i + 1] - tickTimes[ticksAtStart + i]) / 1e6;
            if (intervals[i] > longest) {
                longest = intervals[i];
                maxAt = (tickTimes[ticksAtStart + i] - tickTimes[ticksAtStart]) / 1e9;
            }
        }
        Arrays.sort(intervals);
        Map<String, Long> kinds = new TreeMap<>();
        byKind.forEach((k, v) -> kinds.put(k, v.get()));
        return new Report(seed, sent.get(), answers.get(), kinds, closedByServer.get(),
                server.connectionsClosedByServer(), reconnects.get(), pollerAnswers.get(), intervals.length + 1L,
                nominal, percentile(intervals, 0.50), percentile(intervals, 0.99), percentile(intervals, 0.999),
                intervals.length == 0 ? 0 : intervals[intervals.length - 1], maxAt, List.copyOf(violations), openAfter,
                extraThreads, Duration.ofNanos(System.nanoTime() - started));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static int modbusThreads() {
        long[] ids = ManagementFactory.getThreadMXBean().getAllThreadIds();
        int n = 0;
        for (var info : ManagementFactory.getThreadMXBean().getThreadInfo(ids)) {
            if (info != null && info.getThreadName().startsWith("modbus-")) {
                n++;
            }
        }
        return n;
    }

    private void violation(String what) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(what);
        }
    }

    // ---- the well-behaved client ------------------------------------------------------------

    private void poll() {
        int inputs = map.size(RegisterTable.INPUT_REGISTER);
        while (fuzzing) {
            try (RawModbusClient client = new RawModbusClient(port, "127.0.0.10")) {
                while (fuzzing) {
                    byte[] answer = client.request(1, 0x04, 0, 0, 0, inputs);
                    if (answer.length != 2 + 2 * inputs || answer[0] != 0x04 || (answer[1] & 0xFF) != 2 * inputs) {
                        violation("poller got a wrong answer " + Arrays.toString(answer));
                    }
                    float level = Float.intBitsToFloat(((answer[2] & 0xFF) << 24) | ((answer[3] & 0xFF) << 16)
                            | ((answer[4] & 0xFF) << 8) | (answer[5] & 0xFF));
                    if (!(level >= -1 && level <= 101)) {
                        violation("poller read an implausible level " + level);
                    }
                    pollerAnswers.incrementAndGet();
                    Thread.sleep(5); // a poller's pace (it polls, it does not flood), not a wait for anything
                }
            } catch (IOException e) {
                if (fuzzing) {
                    violation("poller lost its connection: " + e);
                }
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    // ---- the fuzzing clients ----------------------------------------------------------------

    /** One frame as the generator built it; {@code bytes} may be anything. */
    private record Batch(byte[] bytes, int frames) {
    }

    private void fuzz(Random random, long quota, String from) {
        long done = 0;
        int function = random.nextInt(256);
        Socket socket = null;
        try {
            while (done < quota) {
                if (socket == null) {
                    socket = connect(from);
                    if (socket == null) {
                        return;
                    }
                }
                Batch batch = generate(random, (function++) & 0xFF);
                done += batch.frames;
                sent.addAndGet(batch.frames);
                if (!exchange(socket, batch.bytes)) {
                    closeQuietly(socket);
                    socket = null;
                    reconnects.incrementAndGet();
                }
            }
        } finally {
            if (socket != null) {
                closeQuietly(socket);
            }
        }
    }

    private Socket connect(String from) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Socket socket = new Socket();
            try {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.setSoTimeout(5_000);
                socket.setTcpNoDelay(true);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
            }
        }
        violation("could not connect from " + from + " in 50 attempts");
        return null;
    }

    /**
     * Sends the bytes and reads the answers to every complete frame in them, in order. Returns
     * false when the connection is over (the server closed it, or the batch ended in a frame the
     * server cannot finish and the client half-closed to end it).
     */
    private boolean exchange(Socket socket, byte[] bytes) {
        List<byte[]> frames = new ArrayList<>();
        boolean clean = split(bytes, frames);
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            if (!clean) {
                socket.shutdownOutput(); // the server sees the end of the stream after the last complete frame
            }
            DataInputStream in = new DataInputStream(socket.getInputStream());
            for (byte[] frame : frames) {
                byte[] answer = readAnswer(in);
                if (answer == null) {
                    if (!malformed(frame)) {
                        violation("server closed on a well-formed frame " + hex(frame));
                    }
                    closedByServer.incrementAndGet();
                    return false;
                }
                answers.incrementAndGet();
                check(frame, answer);
            }
            if (!clean) {
                if (readAnswer(in) != null) {
                    violation("an answer to a frame that never completed, after " + hex(bytes));
                }
                closedByServer.incrementAndGet();
                return false;
            }
            return true;
        } catch (IOException e) {
            violation("I/O error " + e + " after sending " + hex(bytes));
            return false;
        }
    }

    /** Reads one answer frame; null at the end of the stream or a reset. */
    private static byte[] readAnswer(DataInputStream in) throws IOException {
        byte[] header = new byte[7];
        try {
            int first = in.read();
            if (first < 0) {
                return null;
            }
            header[0] = (byte) first;
            in.readFully(header, 1, 6);
            int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
            if (length < 2 || length > 254) {
                throw new IOException("answer with MBAP length " + length + ": " + hex(header));
            }
            byte[] frame = Arrays.copyOf(header, 6 + length);
            in.readFully(frame, 7, length - 1);
            return frame;
        } catch (EOFException e) {
            throw new IOException("answer cut short", e);
        } catch (SocketException e) {
            if (String.valueOf(e.getMessage()).contains("reset")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Splits bytes into the frames the server will read (MBAP framing); false if they end in a bad
     * header or an incomplete frame, which the server cannot serve.
     */
    static boolean split(byte[] bytes, List<byte[]> frames) {
        int at = 0;
        while (at < bytes.length) {
            if (bytes.length - at < 7) {
                return false;
            }
            int protocol = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            int length = ((bytes[at + 4] & 0xFF) << 8) | (bytes[at + 5] & 0xFF);
            if (protocol != 0 || length < 2 || length > 254 || bytes.length - at < 6 + length) {
                return false;
            }
            frames.add(Arrays.copyOfRange(bytes, at, at + 6 + length));
            at += 6 + length;
        }
        return true;
    }

    /** A PDU of the wrong length for its function (section 6 of the specification). */
    static boolean malformed(byte[] frame) {
        int unit = frame[6] & 0xFF;
        if (unit != 0 && unit != 1 && unit != 255) {
            return false; // answered 0B whatever the PDU
        }
        int len = frame.length - 7;
        int f = frame[7] & 0xFF;
        return switch (f) {
            case 0x01, 0x02, 0x03, 0x04, 0x05, 0x06 -> len != 5;
            case 0x0F, 0x10 -> len < 6 || len != 6 + (frame[12] & 0xFF);
            case 0x17 -> len < 10 || len != 10 + (frame[16] & 0xFF);
            case 0x2B -> len < 2 || ((frame[8] & 0xFF) == 0x0E && len != 4);
            default -> false;
        };
    }

    /** Checks one answer against its request. */
    private void check(byte[] req, byte[] ans) {
        String where = hex(req) + " -> " + hex(ans);
        if (ans[0] != req[0] || ans[1] != req[1]) {
            violation("transaction id not echoed: " + where);
        }
        if (ans[2] != 0 || ans[3] != 0) {
            violation("protocol id not 0: " + where);
        }
        if (ans[6] != req[6]) {
            violation("unit id not echoed: " + where);
        }
        int f = req[7] & 0xFF;
        int unit = req[6] & 0xFF;
        byte[] pdu = Arrays.copyOfRange(ans, 7, ans.length);
        boolean exception = pdu.length == 2 && (pdu[0] & 0xFF) == (f | 0x80) && f < 0x80;
        if (unit != 0 && unit != 1 && unit != 255) {
            expectException(where, pdu, f, 0x0B);
            return;
        }
        if (Arrays.stream(SUPPORTED).noneMatch(s -> s == f)) {
            expectException(where, pdu, f, 0x01);
            return;
        }
        if (exception) {
            int code = pdu[1] & 0xFF;
            kind("exception " + String.format("%02X", code));
            boolean legal = code == 0x02 || code == 0x03 || code == 0x04 || (code == 0x01 && f == 0x2B);
            if (!legal) {
                violation("illegal exception code for function " + f + ": " + where);
            }
            Integer expected = expectedException(req);
            if (expected != null && expected != code) {
                violation("expected exception " + expected + ": " + where);
            }
            return;
        }
        kind("normal");
        if ((pdu[0] & 0xFF) != f) {
            violation("wrong function in answer: " + where);
            return;
        }
        Integer expected = expectedException(req);
        if (expected != null) {
            violation("expected exception " + expected + " but got a normal answer: " + where);
            return;
        }
        int q = u16(req, 10);
        switch (f) {
            case 0x01, 0x02 -> expectShape(where, pdu, 2 + (q + 7) / 8, (q + 7) / 8);
            case 0x03, 0x04, 0x17 -> expectShape(where, pdu, 2 + 2 * q, 2 * q);
            case 0x05, 0x06 -> {
                if (!Arrays.equals(pdu, Arrays.copyOfRange(req, 7, 12))) {
                    violation("write single not echoed: " + where);
                }
            }
            case 0x0F, 0x10 -> {
                if (!Arrays.equals(pdu, Arrays.copyOfRange(req, 7, 12))) {
                    violation("write multiple: start and quantity not echoed: " + where);
                }
            }
            case 0x2B -> checkDeviceIdentification(where, req, pdu);
            default -> violation("unexpected normal answer: " + where);
        }
    }

    /** The exception the specification requires where it is certain, else null (section 6, per function). */
    private Integer expectedException(byte[] req) {
        final Integer none = null;
        final Integer two = 2;
        final Integer three = 3;
        int f = req[7] & 0xFF;
        int start = u16(req, 8);
        int q = u16(req, 10);
        return switch (f) {
            case 0x01, 0x02 -> q < 1 || q > 2000 ? three
                    : start + q > map.size(f == 1 ? RegisterTable.COIL : RegisterTable.DISCRETE_INPUT) ? two : none;
            case 0x03, 0x04 -> q < 1 || q > 125 ? three
                    : start + q > map.size(f == 3 ? RegisterTable.HOLDING_REGISTER : RegisterTable.INPUT_REGISTER)
                    ? two : none;
            case 0x05 -> q != 0 && q != 0xFF00 ? three : start >= map.size(RegisterTable.COIL) ? two : none;
            case 0x06 -> start >= map.size(RegisterTable.HOLDING_REGISTER) ? two : none;
            case 0x0F -> q < 1 || q > 1968 || (req[12] & 0xFF) != (q + 7) / 8 ? three
                    : start + q > map.size(RegisterTable.COIL) ? two : none;
            case 0x10 -> q < 1 || q > 123 || (req[12] & 0xFF) != 2 * q ? three
                    : start + q > map.size(RegisterTable.HOLDING_REGISTER) ? two : none;
            case 0x2B -> (req[8] & 0xFF) != 0x0E ? Integer.valueOf(1) : none;
            default -> null;
        };
    }

    private void expectException(String where, byte[] pdu, int f, int code) {
        if (pdu.length != 2 || (pdu[0] & 0xFF) != (f | 0x80) || (pdu[1] & 0xFF) != code) {
            violation("expected exception " + code + ": " + where);
        }
        kind("exception " + String.format("%02X", code));
    }

    private void expectShape(String where, byte[] pdu, int length, int byteCount) {
        if (pdu.length != length || (pdu[1] & 0xFF) != byteCount) {
            violation("answer of the wrong length: " + where);
        }
    }

    private void checkDeviceIdentification(String where, byte[] req, byte[] pdu) {
        if (pdu.length < 7 || (pdu[1] & 0xFF) != 0x0E || pdu[2] != req[9]) {
            violation("device identification header: " + where);
            return;
        }
        int at = 7;
        for (int i = 0; i < (pdu[6] & 0xFF); i++) {
            if (at + 2 > pdu.length) {
                violation("device identification objects overrun: " + where);
                return;
            }
            at += 2 + (pdu[at + 1] & 0xFF);
        }
        if (at != pdu.length) {
            violation("device identification length: " + where);
        }
    }

    private void kind(String name) {
        byKind.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
    }

    // ---- the generator ----------------------------------------------------------------------

    private Batch generate(Random r, int function) {
        int kind = r.nextInt(100);
        if (kind < 45) {
            return new Batch(frame(r, request(r, function), 0, r.nextInt(20) == 0 ? r.nextInt(256) : 1), 1);
        }
        if (kind < 55) { // concatenated
            int n = 2 + r.nextInt(4);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < n; i++) {
                out.writeBytes(frame(r, request(r, r.nextBoolean() ? function : SUPPORTED[r.nextInt(SUPPORTED.length)]),
                        0, 1));
            }
            return new Batch(out.toByteArray(), n);
        }
        if (kind < 65) { // wrong PDU length for its function, MBAP length consistent
            byte[] pdu = request(r, SUPPORTED[r.nextInt(SUPPORTED.length)]);
            int len = Math.max(1, Math.min(253, pdu.length + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(4))));
            byte[] changed = Arrays.copyOf(pdu, len);
            return new Batch(frame(r, changed, 0, 1), 1);
        }
        if (kind < 72) { // wrong protocol id
            return new Batch(frame(r, request(r, function), 1 + r.nextInt(0xFFFF), 1), 1);
        }
        if (kind < 80) { // MBAP length field lies
            byte[] f = frame(r, request(r, function), 0, 1);
            int[] lies = {0, 1, 255, 256, 0xFFFF, f.length - 6 + 1 + r.nextInt(10), Math.max(0, f.length - 8)};
            int lie = lies[r.nextInt(lies.length)];
            f[4] = (byte) (lie >>> 8);
            f[5] = (byte) lie;
            return new Batch(f, 1);
        }
        if (kind < 90) { // truncated
            byte[] f = frame(r, request(r, function), 0, 1);
            return new Batch(Arrays.copyOf(f, r.nextInt(f.length)), 1);
        }
        byte[] noise = new byte[1 + r.nextInt(300)]; // random bytes
        r.nextBytes(noise);
        if (r.nextBoolean() && noise.length > 6) { // often a plausible header, to get past the first check
            noise[2] = 0;
            noise[3] = 0;
            int len = Math.min(254, noise.length - 6);
            noise[4] = 0;
            noise[5] = (byte) Math.max(2, len);
        }
        return new Batch(noise, 1);
    }

    private byte[] frame(Random r, byte[] pdu, int protocol, int unit) {
        int id = r.nextInt(0x10000);
        byte[] f = new byte[7 + pdu.length];
        f[0] = (byte) (id >>> 8);
        f[1] = (byte) id;
        f[2] = (byte) (protocol >>> 8);
        f[3] = (byte) protocol;
        f[4] = (byte) ((pdu.length + 1) >>> 8);
        f[5] = (byte) (pdu.length + 1);
        f[6] = (byte) unit;
        System.arraycopy(pdu, 0, f, 7, pdu.length);
        return f;
    }

    private int address(Random r, RegisterTable table) {
        int size = map.size(table);
        int[] choices = {0, 1, size - 1, size, size + 1, 0xFFFF, 0xFFFE, r.nextInt(Math.max(1, size)),
            r.nextInt(0x10000)};
        return Math.max(0, choices[r.nextInt(choices.length)]) & 0xFFFF;
    }

    private static int quantity(Random r, int max) {
        int[] choices = {0, 1, 2, max, max + 1, 0xFFFF, 1 + r.nextInt(8), r.nextInt(0x10000)};
        return choices[r.nextInt(choices.length)] & 0xFFFF;
    }

    private byte[] request(Random r, int f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(f);
        switch (f) {
            case 0x01, 0x02 -> {
                put16(out, address(r, f == 1 ? RegisterTable.COIL : RegisterTable.DISCRETE_INPUT));
                put16(out, quantity(r, 2000));
            }
            case 0x03, 0x04 -> {
                put16(out, address(r, f == 3 ? RegisterTable.HOLDING_REGISTER : RegisterTable.INPUT_REGISTER));
                put16(out, quantity(r, 125));
            }
            case 0x05 -> {
                put16(out, address(r, RegisterTable.COIL));
                int[] values = {0x0000, 0xFF00, 0x00FF, 0xFFFF, 0x0001, r.nextInt(0x10000)};
                put16(out, values[r.nextInt(values.length)]);
            }
            case 0x06 -> {
                put16(out, address(r, RegisterTable.HOLDING_REGISTER));
                put16(out, r.nextInt(0x10000));
            }
            case 0x0F, 0x10 -> {
                boolean coils = f == 0x0F;
                int q = quantity(r, coils ? 1968 : 123);
                put16(out, address(r, coils ? RegisterTable.COIL : RegisterTable.HOLDING_REGISTER));
                put16(out, q);
                int count = coils ? (q + 7) / 8 : 2 * q;
                if (r.nextInt(8) == 0) {
                    count += r.nextInt(3) - 1; // a byte count that disagrees with the quantity
                }
                count = Math.max(0, Math.min(246, count));
                out.write(count);
                byte[] data = new byte[count];
                r.nextBytes(data);
                out.writeBytes(data);
            }
            case 0x17 -> {
                put16(out, address(r, RegisterTable.HOLDING_REGISTER));
                put16(out, quantity(r, 125));
                put16(out, address(r, RegisterTable.HOLDING_REGISTER));
                int q = quantity(r, 121);
                put16(out, q);
                int count = Math.max(0, Math.min(242, 2 * q + (r.nextInt(8) == 0 ? r.nextInt(3) - 1 : 0)));
                out.write(count);
                byte[] data = new byte[count];
                r.nextBytes(data);
                out.writeBytes(data);
            }
            case 0x2B -> {
                int[] meis = {0x0E, 0x0E, 0x0E, 0x0D, 0x00, r.nextInt(256)};
                out.write(meis[r.nextInt(meis.length)]);
                out.write(r.nextInt(7)); // read device id code 0-6
                int[] objects = {0, 1, 2, 3, 4, 6, 7, 0x7F, 0x80, 0xFF, r.nextInt(256)};
                out.write(objects[r.nextInt(objects.length)]);
            }
            default -> {
                byte[] data = new byte[r.nextInt(20)];
                r.nextBytes(data);
                out.writeBytes(data);
            }
        }
        return out.toByteArray();
    }

    private static void put16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private static int u16(byte[] data, int at) {
        return at + 1 < data.length ? ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF) : 0;
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 40); i++) {
            s.append(String.format("%02X", bytes[i] & 0xFF));
        }
        return bytes.length > 40 ? s + "...(" + bytes.length + " bytes)" : s.toString();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @SuppressWarnings("unused")
    private static void drain(InputStream in) throws IOException {
        in.readAllBytes();
    }
}
