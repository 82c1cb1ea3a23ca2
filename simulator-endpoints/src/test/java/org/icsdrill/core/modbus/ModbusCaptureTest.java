package org.icsdrill.core.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.icsdrill.core.capture.CapturedPackets.Packet;
import org.icsdrill.core.capture.CapturedPackets;
import org.icsdrill.core.capture.TrafficCapture;
import org.icsdrill.core.capture.Tshark;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Modbus server tells the capture, over real loopback sockets: answered, withheld (T0804) and
 * refused requests, a host isolated, a malformed frame and an orderly close, each at the plant time it
 * was served, and a file tshark dissects without a malformed packet.
 */
class ModbusCaptureTest {

    private static final Instant START = Instant.parse("2026-02-05T13:30:00Z");

    @TempDir
    Path dir;

    @Test
    void everyConnectionRequestAnswerAndEndIsCapturedAtThePlantTimeItWasServed() throws Exception {
        Simulation sim = new Simulation(SimulationConfig.defaults(7).withStartTime(START), List.of(new TankPlant()));
        SourcePolicy policy = new SourcePolicy();
        Path file = dir.resolve("capture.pcap");
        int port;
        try (TransactionJournal journal = TransactionJournal.inMemory(1000);
             ModbusTcpServer server = ModbusTcpServer.start(sim.plant("tank"), ModbusServerConfig.loopback(0), journal,
                     policy, "test");
             TrafficCapture capture = TrafficCapture.open(sim, file)) {
            port = server.port();
            server.capture(capture);
            sim.advance(Duration.ofSeconds(1));
            try (RawModbusClient scada = new RawModbusClient(port, "127.0.0.10")) {
                scada.request(1, 0x03, 0, 0, 0, 2); // read two holding registers
                sim.advance(Duration.ofSeconds(1));
                scada.request(1, 0x03, 0xFF, 0xF0, 0, 2); // outside the map: exception 02
                policy.blockReports(SourcePolicy.Origin.ATTACK, "127.0.0.10");
                scada.send(1, 0x04, 0, 0, 0, 1); // withheld: the server reads it and answers nothing
                assertThat(policy.awaitWithheld("127.0.0.10:" + scada.socket().getLocalPort(), 5_000)).isTrue();
                policy.unblockReports(SourcePolicy.Origin.ATTACK, "127.0.0.10");
                sim.advance(Duration.ofSeconds(1));
                orderlyClose(scada.socket());
            }
            try (RawModbusClient attacker = new RawModbusClient(port, "127.0.0.66")) {
                attacker.request(1, 0x03, 0, 0, 0, 1);
                sim.advance(Duration.ofSeconds(1));
                policy.isolate("127.0.0.66"); // cut at once: RST from the server
                assertThat(attacker.isClosedByServer()).isTrue();
            }
            try (RawModbusClient refused = new RawModbusClient(port, "127.0.0.66")) {
                assertThat(refused.isClosedByServer()).isTrue(); // refused at accept: SYN, RST
            }
            try (RawModbusClient fuzzer = new RawModbusClient(port, "127.0.0.67")) {
                fuzzer.sendRaw(new byte[] {0, 1, 0, 7, 0, 6, 1}); // protocol id 7: the server closes (FIN)
                assertThat(fuzzer.isClosedByServer()).isTrue();
            }
            assertThat(journal.recent()).hasSize(6); // 4 requests, the cut, the refused connect
        }

        List<Packet> p = CapturedPackets.read(file);
        assertThat(p).allSatisfy(packet -> assertThat(packet.checksumsValid()).isTrue());
        assertThat(p).extracting(Packet::time).isSorted();
        List<Packet> scada = p.stream().filter(x -> x.involves("127.0.0.10")).toList();
        assertThat(scada).extracting(Packet::flagText).containsExactly("SYN", "SYN,ACK", "ACK",
                "PSH,ACK", "PSH,ACK", // 1 s: the read and its answer
                "ACK", // the client's delayed ACK
                "PSH,ACK", "PSH,ACK", // 2 s: the exception
                "PSH,ACK", "ACK", // the withheld read: only the server's ACK
                "FIN,ACK", "FIN,ACK", "ACK"); // 3 s: the client's orderly close
        assertThat(scada.get(0).time()).isEqualTo(START.plusSeconds(1));
        assertThat(scada.get(6).time()).isEqualTo(START.plusSeconds(2));
        assertThat(scada.get(8).payload()[7]).isEqualTo((byte) 0x04);
        assertThat(scada.get(9).source()).isEqualTo("127.0.0.1");
        assertThat(scada.get(10).time()).isEqualTo(START.plusSeconds(3));
        List<Packet> attacker = p.stream().filter(x -> x.involves("127.0.0.66")).toList();
        assertThat(attacker).extracting(Packet::flagText).containsExactly("SYN", "SYN,ACK", "ACK", "PSH,ACK",
                "PSH,ACK", "ACK", "RST,ACK", "SYN", "RST,ACK");
        assertThat(attacker.get(6).source()).isEqualTo("127.0.0.1");
        assertThat(attacker.get(6).time()).isEqualTo(START.plusSeconds(4));
        assertThat(attacker.get(7).sourcePort()).isEqualTo(attacker.get(0).sourcePort() + 1);
        List<Packet> fuzzer = p.stream().filter(x -> x.involves("127.0.0.67")).toList();
        assertThat(fuzzer).extracting(Packet::flagText).containsExactly("SYN", "SYN,ACK", "ACK", "PSH,ACK",
                "FIN,ACK", "FIN,ACK", "ACK");
        assertThat(fuzzer.get(4).source()).isEqualTo("127.0.0.1");

        Tshark.assumeInstalled();
        String decode = "tcp.port==" + port + ",mbtcp";
        assertThat(Tshark.filter(file, "mbtcp && ip.dst==127.0.0.1 && tcp.len > 7", "-d", decode)).hasSize(4);
        assertThat(Tshark.filter(file, "mbtcp && ip.src==127.0.0.1", "-d", decode)).hasSize(3);
        assertThat(Tshark.filter(file, "modbus.exception_code == 2", "-d", decode)).hasSize(1);
        assertThat(Tshark.problems(file, "-d", decode)).isEmpty();
    }

    /**
     * Requests pipelined in one write cross the wire in one segment and are answered in one: the capture
     * shows them so, and tshark finds every request and answer in them.
     */
    @Test
    void aPipelinedBatchIsCapturedAsOneSegmentOfRequestsAndOneOfAnswers() throws Exception {
        Simulation sim = new Simulation(SimulationConfig.defaults(7).withStartTime(START), List.of(new TankPlant()));
        Path file = dir.resolve("pipelined.pcap");
        int port;
        try (TransactionJournal journal = TransactionJournal.inMemory(1000);
             ModbusTcpServer server = ModbusTcpServer.start(sim.plant("tank"), ModbusServerConfig.loopback(0), journal,
                     new SourcePolicy(), "test");
             TrafficCapture capture = TrafficCapture.open(sim, file)) {
            port = server.port();
            server.capture(capture);
            sim.advance(Duration.ofSeconds(1));
            try (RawModbusClient scada = new RawModbusClient(port, "127.0.0.10")) {
                java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream();
                batch.write(scada.frame(1, 0x01, 0, 0, 0, 1));
                batch.write(scada.frame(1, 0x03, 0, 0, 0, 2));
                batch.write(scada.frame(1, 0x04, 0, 0, 0, 2));
                scada.sendRaw(batch.toByteArray());
                for (int i = 0; i < 3; i++) {
                    scada.receive();
                }
                orderlyClose(scada.socket());
            }
            assertThat(journal.recent()).hasSize(3);
        }

        List<Packet> scada = CapturedPackets.read(file).stream().filter(x -> x.involves("127.0.0.10")).toList();
        assertThat(scada).extracting(Packet::flagText).containsExactly("SYN", "SYN,ACK", "ACK",
                "PSH,ACK", "PSH,ACK", // the three requests, then the three answers
                "FIN,ACK", "FIN,ACK", "ACK");
        assertThat(scada.get(3).payload()).hasSize(3 * 12);
        assertThat(scada.get(4).source()).isEqualTo("127.0.0.1");
        assertThat(scada.get(4).payload()).hasSize(10 + 13 + 13); // one coil's byte, two registers twice

        Tshark.assumeInstalled();
        String decode = "tcp.port==" + port + ",mbtcp";
        assertThat(Tshark.run(List.of("tshark", "-n", "-r", file.toString(), "-d", decode, "-Y", "mbtcp",
                "-T", "fields", "-e", "mbtcp.trans_id"))).containsExactly("1,2,3", "1,2,3");
        assertThat(Tshark.problems(file, "-d", decode)).isEmpty();
    }

    /** FIN, then wait for the server's: it has then captured the close. */
    private static void orderlyClose(Socket socket) throws Exception {
        socket.shutdownOutput();
        socket.setSoTimeout(5_000);
        while (socket.getInputStream().read() >= 0) {
            // nothing more is sent
        }
    }

}
