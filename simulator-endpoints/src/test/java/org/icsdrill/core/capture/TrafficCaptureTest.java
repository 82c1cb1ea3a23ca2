package org.icsdrill.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.core.capture.CapturedPackets.Packet;
import org.icsdrill.core.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficCaptureTest {

    private static final Instant ZERO = Instant.parse("2026-01-15T09:00:00Z");
    private static final InetSocketAddress SCADA = new InetSocketAddress("127.0.0.10", 41234);
    private static final InetSocketAddress PLC = new InetSocketAddress("127.0.0.1", 5020);
    /** FC03 read of 10 holding registers from 0, transaction 1, unit 1. */
    private static final byte[] REQUEST = {0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10};
    private static final byte[] ANSWER = answer(10);

    @TempDir
    Path dir;

    private final AtomicLong plantNanos = new AtomicLong();

    private TrafficCapture capture(String name) {
        return TrafficCapture.open(plantNanos::get, () -> ZERO, dir.resolve(name));
    }

    private static byte[] answer(int registers) {
        byte[] a = new byte[9 + 2 * registers];
        a[1] = 1;
        a[4] = (byte) ((3 + 2 * registers) >>> 8);
        a[5] = (byte) (3 + 2 * registers);
        a[6] = 1;
        a[7] = 3;
        a[8] = (byte) (2 * registers);
        return a;
    }

    private void at(double seconds) {
        plantNanos.set(Math.round(seconds * 1e9));
    }

    private static Instant plant(double seconds) {
        return ZERO.plusNanos(Math.round(seconds * 1e9));
    }

    /** Two poll requests a plant-second apart, then the client's close. */
    private void pollTwice(TrafficCapture capture) {
        at(1);
        NetworkTap.Flow flow = capture.accepted(SCADA, PLC);
        flow.fromClient(REQUEST, 0, REQUEST.length);
        flow.fromServer(ANSWER, 0, ANSWER.length);
        at(2);
        flow.fromClient(REQUEST, 0, REQUEST.length);
        flow.fromServer(ANSWER, 0, ANSWER.length);
        flow.closedByClient();
    }

    @Test
    void aPollIsFramedAsTwoStacksWouldSendItStampedInPlantTime() throws IOException {
        try (TrafficCapture capture = capture("poll.pcap")) {
            pollTwice(capture);
        }
        List<Packet> p = CapturedPackets.read(dir.resolve("poll.pcap"));

        assertThat(p).extracting(Packet::flagText).containsExactly("SYN", "SYN,ACK", "ACK", "PSH,ACK", "PSH,ACK",
                "ACK", "PSH,ACK", "PSH,ACK", "FIN,ACK", "FIN,ACK", "ACK");
        assertThat(p).allSatisfy(packet -> assertThat(packet.checksumsValid()).isTrue());
        // handshake at the plant-second, request 1 ms later, answer 1 ms after it, the client's delayed ACK 40 ms on
        assertThat(p).extracting(Packet::time).containsExactly(plant(1), plant(1.00005), plant(1.0001),
                plant(1.0011), plant(1.0021), plant(1.0421), plant(2), plant(2.001), plant(2.002), plant(2.00205),
                plant(2.0021));
        assertThat(p.get(0).mss()).isEqualTo(1460);
        assertThat(p.get(0).sourcePort()).isEqualTo(TrafficCapture.FIRST_PORT); // synthetic, not the real 41234
        assertThat(p.get(0).destinationPort()).isEqualTo(5020);
        assertThat(p.get(3).source()).isEqualTo("127.0.0.10");
        assertThat(p.get(3).payload()).isEqualTo(REQUEST);
        assertThat(p.get(4).payload()).isEqualTo(ANSWER);
        // sequence numbers count the SYN, the data and the FIN; every ACK acknowledges all the peer sent
        long client = p.get(0).sequence();
        long server = p.get(1).sequence();
        assertThat(p.get(1).acknowledgement()).isEqualTo(client + 1);
        assertThat(p.get(3).sequence()).isEqualTo(client + 1);
        assertThat(p.get(4).acknowledgement()).isEqualTo(client + 1 + REQUEST.length);
        assertThat(p.get(5).acknowledgement()).isEqualTo(server + 1 + ANSWER.length);
        assertThat(p.get(6).sequence()).isEqualTo(client + 1 + REQUEST.length);
        assertThat(p.get(8).sequence()).isEqualTo(client + 1 + 2 * REQUEST.length);
        assertThat(p.get(9).acknowledgement()).isEqualTo(client + 2 + 2 * REQUEST.length);
        assertThat(p.get(10).acknowledgement()).isEqualTo(server + 2 + 2 * ANSWER.length);
    }

    @Test
    void aLongMessageGoesInSegmentsOfTheMssAndEverySecondIsAcknowledgedAtOnce() throws IOException {
        byte[] big = new byte[4000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        try (TrafficCapture capture = capture("big.pcap")) {
            at(5);
            NetworkTap.Flow flow = capture.accepted(SCADA, PLC);
            flow.fromClient(REQUEST, 0, REQUEST.length);
            flow.fromServer(big, 0, big.length);
        }
        List<Packet> p = CapturedPackets.read(dir.resolve("big.pcap"));
        List<Packet> data = p.stream().filter(x -> x.source().equals("127.0.0.1") && x.payload().length > 0).toList();
        assertThat(data).extracting(x -> x.payload().length).containsExactly(1460, 1460, 1080);
        assertThat(data).extracting(Packet::flagText).containsExactly("ACK", "ACK", "PSH,ACK");
        Packet quickAck = p.stream().filter(x -> x.source().equals("127.0.0.10") && x.payload().length == 0
                && x.time().isAfter(data.get(1).time())).findFirst().orElseThrow();
        assertThat(quickAck.acknowledgement()).isEqualTo(data.get(1).sequence() + 1460);
        assertThat(quickAck.time()).isBefore(data.get(2).time().plusMillis(1));
        byte[] joined = new byte[4000];
        int at = 0;
        for (Packet d : data) {
            System.arraycopy(d.payload(), 0, joined, at, d.payload().length);
            at += d.payload().length;
        }
        assertThat(joined).isEqualTo(big);
        // the capture closes what is still open: FIN from the server
        assertThat(p.get(p.size() - 3).flagText()).isEqualTo("FIN,ACK");
        assertThat(p.get(p.size() - 3).source()).isEqualTo("127.0.0.1");
        assertThat(p).allSatisfy(packet -> assertThat(packet.checksumsValid()).isTrue());
    }

    @Test
    void aClosedPortAnswersTheSynWithAResetAndACutIsAReset() throws IOException {
        try (TrafficCapture capture = capture("refused.pcap")) {
            at(120);
            capture.refused(new InetSocketAddress("127.0.0.66", 0), new InetSocketAddress("127.0.0.1", 502));
            NetworkTap.Flow flow = capture.accepted(new InetSocketAddress("127.0.0.66", 40000), PLC);
            flow.fromClient(REQUEST, 0, REQUEST.length);
            at(121);
            flow.reset();
            flow.fromServer(ANSWER, 0, ANSWER.length); // after the end: ignored
        }
        List<Packet> p = CapturedPackets.read(dir.resolve("refused.pcap"));
        assertThat(p).extracting(Packet::flagText).containsExactly("SYN", "RST,ACK", "SYN", "SYN,ACK", "ACK",
                "PSH,ACK", "ACK", "RST,ACK");
        assertThat(p.get(1).acknowledgement()).isEqualTo(p.get(0).sequence() + 1);
        assertThat(p.get(0).sourcePort()).isEqualTo(TrafficCapture.FIRST_PORT);
        assertThat(p.get(2).sourcePort()).isEqualTo(TrafficCapture.FIRST_PORT + 1); // per host, in order of connection
        assertThat(p.get(6).time()).isEqualTo(plant(120.00215 + 0.04)); // the server's delayed ACK of the request
        assertThat(p.get(7).time()).isEqualTo(plant(121));
        assertThat(p.get(7).source()).isEqualTo("127.0.0.1");
    }

    @Test
    void theSameTrafficWritesTheSameBytes() throws IOException {
        try (TrafficCapture capture = capture("a.pcap")) {
            pollTwice(capture);
        }
        at(0);
        try (TrafficCapture capture = capture("b.pcap")) {
            pollTwice(capture);
        }
        assertThat(Files.readAllBytes(dir.resolve("b.pcap"))).isEqualTo(Files.readAllBytes(dir.resolve("a.pcap")));
    }

    @Test
    void aGzipNameWritesACompressedCaptureTsharkReads() throws Exception {
        Tshark.assumeInstalled();
        try (TrafficCapture capture = capture("poll.pcap.gz")) {
            pollTwice(capture);
        }
        Path gz = dir.resolve("poll.pcap.gz");
        assertThat(Files.readAllBytes(gz)).startsWith((byte) 0x1f, (byte) 0x8b);
        assertThat(Tshark.filter(gz, "mbtcp", "-d", "tcp.port==5020,mbtcp")).hasSize(4);
        assertThat(Tshark.problems(gz, "-d", "tcp.port==5020,mbtcp")).isEmpty();
        assertThat(Tshark.filter(gz, "tcp.analysis.flags && !tcp.analysis.window_update")).isEmpty();
    }

    @Test
    void theWriterWritesWhatThePlantClockHasPassed() throws Exception {
        try (TrafficCapture capture = capture("live.pcap")) {
            pollTwice(capture);
            at(3);
            Await.within(Await.DEFAULT_TIMEOUT, () -> capture.packets() >= 11); // the writer wakes on wall time
            assertThat(capture.packets()).isEqualTo(11);
        }
    }
}
