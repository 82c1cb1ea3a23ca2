package org.icsdrill.scenario.hosts.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/**
 * One flow of a protocol the simulator does not emulate: a real TCP connection from the host's own
 * address to the service's listener, {@code bytes} sent, then a clean close. The client waits for the
 * listener's close before it returns, so the flow has crossed (and been captured) before the simulation
 * goes on: flows happen at the plant time they are opened, the same in every run of a seed.
 */
final class FlowClient {

    /** How a flow ended, as the host's log tells it. */
    enum Outcome {
        /** Carried and closed by both ends. */
        COMPLETED,
        /** Nobody listens there: the connection was refused. */
        REFUSED,
        /** Accepted by the network, then reset: a firewall or a quarantine in the way. */
        RESET,
        /** No answer in time. */
        TIMED_OUT;

        boolean completed() {
            return this == COMPLETED;
        }
    }

    private final Duration timeout;

    FlowClient(Duration timeout) {
        this.timeout = timeout;
    }

    Outcome open(InetAddress from, InetSocketAddress to, int bytes) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(to, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            byte[] payload = new byte[bytes];
            Arrays.fill(payload, (byte) 0x2E); // no protocol inside: only how much is said matters
            out.write(payload);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // the listener sends nothing; it closes once it has read everything
            }
            return Outcome.COMPLETED;
        } catch (ConnectException e) {
            return Outcome.REFUSED;
        } catch (SocketTimeoutException e) {
            return Outcome.TIMED_OUT;
        } catch (IOException e) {
            return Outcome.RESET; // reset at accept, or cut while it ran
        }
    }
}
