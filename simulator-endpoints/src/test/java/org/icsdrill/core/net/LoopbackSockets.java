package org.icsdrill.core.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** A test client speaking from a chosen loopback address, as a simulated host of the site does. */
public final class LoopbackSockets {

    private LoopbackSockets() {
    }

    /** Connected from {@code from} to {@code host}:{@code port}; connect and reads time out after 5 s. */
    public static Socket connect(String from, String host, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(5_000);
        return socket;
    }
}
