package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.icsdrill.core.capture.CapturedPackets.Packet;
import org.icsdrill.core.capture.CapturedPackets;
import org.icsdrill.core.capture.TrafficCapture;
import org.icsdrill.core.capture.Tshark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OPC UA server's connections in the capture: a Milo session (Hello, OpenSecureChannel, sessions,
 * a read, the close) as tshark's OPC UA dissector reads it, and a connection from an isolated host
 * refused with a reset.
 */
class OpcUaCaptureTest {

    @TempDir
    Path dir;

    @Test
    void aSessionAndARefusedHostAreCapturedAndTsharkDissectsTheOpcUaBinaryProtocol() throws Exception {
        Path file = dir.resolve("capture.pcap");
        int port;
        try (OpcUaFixture fixture = new OpcUaFixture(dir.resolve("data"));
             TrafficCapture capture = TrafficCapture.open(fixture.simulation, file)) {
            fixture.endpoint.capture(capture);
            port = fixture.endpoint.port();
            fixture.simulation.advance(Duration.ofSeconds(2));
            OpcUaClient client = OpcUaTestClients.anonymous(fixture.endpoint);
            DataValue level = client.readValue(0, org.eclipse.milo.opcua.stack.core.types.enumerated
                    .TimestampsToReturn.Both, OpcUaTestClients.tagNode(client, "T1.TT101"));
            assertThat(level.getStatusCode().isGood()).isTrue();
            client.disconnect();
            fixture.policy.isolate("127.0.0.66");
            try (Socket isolated = new Socket()) {
                isolated.bind(new InetSocketAddress("127.0.0.66", 0));
                isolated.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                isolated.setSoTimeout(5_000);
                assertThat(isolated.getInputStream().read()).isEqualTo(-1); // the gate closes it
            }
        }

        List<Packet> p = CapturedPackets.read(file);
        assertThat(p).allSatisfy(packet -> assertThat(packet.checksumsValid()).isTrue());
        assertThat(p).extracting(Packet::time).isSorted();
        assertThat(p.get(0).flagText()).isEqualTo("SYN");
        assertThat(p.get(0).destinationPort()).isEqualTo(port);
        assertThat(p.get(0).time()).isEqualTo(OpcUaFixture.START.plusSeconds(2));
        Packet hello = p.stream().filter(x -> x.payload().length > 0).findFirst().orElseThrow();
        assertThat(new String(hello.payload(), 0, 3, StandardCharsets.US_ASCII)).isEqualTo("HEL");
        assertThat(p).anySatisfy(x -> assertThat(x.flagText()).isEqualTo("FIN,ACK"));
        List<Packet> refused = p.stream().filter(x -> x.involves("127.0.0.66")).toList();
        assertThat(refused).extracting(Packet::flagText).containsExactly("SYN", "RST,ACK");

        Tshark.assumeInstalled();
        String decode = "tcp.port==" + port + ",opcua";
        List<String> opcua = Tshark.filter(file, "opcua", "-d", decode);
        assertThat(String.join("\n", opcua)).contains("Hello message", "OpenSecureChannelRequest",
                "CreateSessionRequest", "ActivateSessionResponse", "ReadRequest", "ReadResponse",
                "CloseSessionRequest");
        assertThat(Tshark.problems(file, "-d", decode)).isEmpty();
    }
}
