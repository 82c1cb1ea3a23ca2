package org.icsdrill.core.net;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.core.capture.NetworkTap;

/** What a listener tells the capture, as lines: {@code accepted 127.0.35.11 -> 3389}, {@code client 300}... */
final class RecordingTap implements NetworkTap {

    final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public Flow accepted(InetSocketAddress client, InetSocketAddress server) {
        told.add("accepted " + client.getAddress().getHostAddress() + " -> " + server.getPort());
        return new Flow() {
            @Override
            public void fromClient(byte[] data, int offset, int length) {
                told.add("client " + length);
            }

            @Override
            public void fromServer(byte[] data, int offset, int length) {
                told.add("server " + length);
            }

            @Override
            public void closedByClient() {
                told.add("closed by client");
            }

            @Override
            public void closedByServer() {
                told.add("closed by server");
            }

            @Override
            public void reset() {
                told.add("reset");
            }
        };
    }

    @Override
    public void refused(InetSocketAddress client, InetSocketAddress server) {
        told.add("refused " + client.getAddress().getHostAddress());
    }
}
