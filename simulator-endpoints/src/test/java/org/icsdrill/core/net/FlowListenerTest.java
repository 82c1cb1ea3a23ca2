package org.icsdrill.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A flow-only service (RDP on a jump host in the DMZ) on a real socket: a host of the zone its conduit
 * comes from connects and sends, any other zone's host is reset at accept; closing the conduit cuts the
 * open flow; the firewall logs each decision.
 */
class FlowListenerTest {

    static final String JUMP_HOST = "127.0.35.20";

    @Test
    void aConduitLetsItsFlowThroughAndNothingElse() throws Exception {
        SourcePolicy policy = new SourcePolicy();
        Firewall firewall = Firewall.of(List.of(new NetworkZone("enterprise", "127.0.40.0/24"),
                        new NetworkZone("dmz", "127.0.35.0/24"), new NetworkZone("internet", "127.0.50.0/24")),
                List.of(new ConduitRule("enterprise-dmz", "enterprise", "dmz", "rdp", 3389, "fw-dmz")), () -> 0);
        List<FirewallEvent> log = new CopyOnWriteArrayList<>();
        firewall.subscribe(log::add);
        policy.useFirewall(firewall);
        try (FlowListener rdp = FlowListener.start(JUMP_HOST, 0, "rdp", policy)) {
            // the conduit names the listener's real port, as a run on free ports does
            Firewall onPort = Firewall.of(firewall.zones(), List.of(new ConduitRule("enterprise-dmz", "enterprise",
                    "dmz", "rdp", rdp.port(), "fw-dmz")), () -> 0);
            onPort.subscribe(log::add);
            policy.useFirewall(onPort);

            try (Socket office = connect("127.0.40.11", rdp.port())) {
                office.getOutputStream().write(new byte[] {3, 0, 0, 19}); // a TPKT header, as RDP starts
                assertThat(stillOpen(office)).as("served: the flow stays up").isTrue();
                onPort.closeConduit("enterprise-dmz");
                assertThat(stillOpen(office)).as("cut when the conduit closes").isFalse();
            }
            assertThat(keptOpen("127.0.50.10", rdp.port())).as("reset at accept").isFalse();
        }
        assertThat(log).extracting(FirewallEvent::allowed).containsExactly(true, false);
        assertThat(log.get(1).sourceZone()).isEqualTo("internet");
    }

    /** What a flow tells the capture: the handshake, what the client sent, how it ended; a refusal as such. */
    @Test
    void theCaptureSeesEachFlowWithItsBytesAndItsEndAndEachRefusal() throws Exception {
        SourcePolicy policy = new SourcePolicy();
        RecordingTap tap = new RecordingTap();
        int port;
        try (FlowListener smb = FlowListener.start(JUMP_HOST, 0, "smb", policy)) {
            port = smb.port();
            smb.capture(tap);
            try (Socket office = connect("127.0.35.11", smb.port())) {
                office.getOutputStream().write(new byte[300]);
                office.shutdownOutput();
                assertThat(office.getInputStream().read()).as("closed once all is read").isEqualTo(-1);
            }
            policy.isolate("127.0.35.12");
            assertThat(keptOpen("127.0.35.12", smb.port())).isFalse();
        }
        assertThat(tap.told).containsExactly("accepted 127.0.35.11 -> " + port, "client 300", "closed by client",
                "refused 127.0.35.12");
    }

    /** However the kernel splits the reads, the capture is told a flow's bytes in the same chunks every time. */
    @Test
    void aLargeFlowIsToldInWholeChunksWhateverTheReads() throws Exception {
        SourcePolicy policy = new SourcePolicy();
        RecordingTap tap = new RecordingTap();
        try (FlowListener rdp = FlowListener.start(JUMP_HOST, 0, "rdp", policy)) {
            rdp.capture(tap);
            try (Socket office = connect("127.0.35.11", rdp.port())) {
                for (int size : List.of(1_000, 70_000, 3, 129_997)) { // writes that reads will split anyhow
                    office.getOutputStream().write(new byte[size]);
                    office.getOutputStream().flush();
                }
                office.shutdownOutput();
                assertThat(office.getInputStream().read()).isEqualTo(-1);
            }
        }
        assertThat(tap.told).filteredOn(line -> line.startsWith("client ")).containsExactly("client 65536",
                "client 65536", "client 65536", "client 4392");
    }

    private static Socket connect(String from, int port) throws IOException {
        return LoopbackSockets.connect(from, JUMP_HOST, port);
    }

    /** Whether a connection from {@code from} is kept: a reset may come before the handshake is over. */
    private static boolean keptOpen(String from, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            try {
                socket.connect(new InetSocketAddress(JUMP_HOST, port), 5_000);
            } catch (java.net.SocketException e) {
                return false;
            }
            return stillOpen(socket);
        }
    }

    /** True while the server keeps the connection: a read waits (time-out) rather than ending. */
    private static boolean stillOpen(Socket socket) throws IOException {
        socket.setSoTimeout(500);
        try {
            return socket.getInputStream().read() >= 0;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false; // reset
        }
    }
}
