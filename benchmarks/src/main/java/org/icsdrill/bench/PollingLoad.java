package org.icsdrill.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many SCADA-like clients polling running plants at a fixed rate (open loop): each client, from its
 * own loopback address, reads 10 holding registers of every plant every period and records each
 * request's latency; a late poll is sent late, never skipped, so latency includes queueing.
 * Usage: {@code PollingLoad --ports 5020,5021,5022,5023 [--clients 50] [--hz 10] [--seconds 30]}
 */
public final class PollingLoad {

    public static void main(String[] args) throws Exception {
        int clients = 50;
        double hz = 10;
        int seconds = 30;
        int[] ports = {5020, 5021, 5022, 5023};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--hz" -> hz = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--ports" -> ports = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long period = (long) (1e9 / hz);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> samples = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        int perClient = (int) (seconds * hz * ports.length) + 100;
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[perClient];
            samples.add(mine);
            int index = c;
            int[] targets = ports;
            // 127.0.1.1, 127.0.1.2, ...: each client is its own host, as on a plant network
            InetAddress from = InetAddress.getByName("127.0.1." + (1 + c));
            Thread t = new Thread(() -> poll(from, targets, period, end, mine, counts, index, failures));
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(samples.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%d clients x %d plants at %.0f Hz for %d s: %d requests (%.0f/s), "
                        + "%d failures, latency p50 %.0f us, p99 %.0f us, max %.0f us%n",
                clients, ports.length, hz, seconds, total, total / (double) seconds, failures.get(),
                all[total / 2] / 1e3, all[(int) (total * 0.99)] / 1e3, all[total - 1] / 1e3);
    }

    private static void poll(InetAddress from, int[] ports, long period, long end, long[] samples, int[] counts,
                             int index, AtomicLong failures) {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int port : ports) {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(5_000);
                sockets.add(socket);
            }
            byte[] response = new byte[260];
            int n = 0;
            long next = System.nanoTime() + (long) (Math.random() * period);
            int transaction = 0;
            while (next < end && n < samples.length - ports.length) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                for (Socket socket : sockets) {
                    transaction = (transaction + 1) & 0xFFFF;
                    byte[] request = {(byte) (transaction >>> 8), (byte) transaction, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10};
                    long start = System.nanoTime();
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    DataInputStream in = new DataInputStream(socket.getInputStream());
                    in.readFully(response, 0, 6);
                    in.readFully(response, 6, ((response[4] & 0xFF) << 8) | (response[5] & 0xFF));
                    if ((response[7] & 0x80) != 0) {
                        failures.incrementAndGet();
                    }
                    // latency from when the poll was due, so a late poll counts its lateness
                    samples[n++] = System.nanoTime() - Math.min(start, next);
                }
                next += period;
            }
            counts[index] = n;
        } catch (IOException e) {
            failures.incrementAndGet();
            System.err.println(from.getHostAddress() + ": " + e);
        } finally {
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }
}
