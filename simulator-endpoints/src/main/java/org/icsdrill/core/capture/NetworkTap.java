package org.icsdrill.core.capture;

import java.net.InetSocketAddress;

/**
 * What an endpoint tells a capture about the connections it serves: each one accepted or refused,
 * the bytes each side sends, and how it ends. Endpoints call it in the order things happen on the
 * connection, before they act (an answer is told before it is written, a close before the socket
 * closes), so that a client that waits for the server's answer or close finds it already captured.
 * Protocol-free: the endpoint hands over the bytes of its protocol, the capture frames them.
 */
public interface NetworkTap {

    /** Captures nothing. */
    NetworkTap NONE = new NetworkTap() {
        @Override
        public Flow accepted(InetSocketAddress client, InetSocketAddress server) {
            return Flow.NONE;
        }

        @Override
        public void refused(InetSocketAddress client, InetSocketAddress server) {
        }
    };

    /** A connection the server accepted: the three-way handshake. */
    Flow accepted(InetSocketAddress client, InetSocketAddress server);

    /** A connection attempt nobody served (a closed port, a refused host): SYN, then RST from the server side. */
    void refused(InetSocketAddress client, InetSocketAddress server);

    /** One accepted connection. Only its first close counts; calls after it are ignored. */
    interface Flow {

        Flow NONE = new Flow() {
            @Override
            public void fromClient(byte[] data, int offset, int length) {
            }

            @Override
            public void fromServer(byte[] data, int offset, int length) {
            }

            @Override
            public void closedByClient() {
            }

            @Override
            public void closedByServer() {
            }

            @Override
            public void reset() {
            }
        };

        /** Bytes the server read from the client (a request). */
        void fromClient(byte[] data, int offset, int length);

        /** Bytes the server is about to send (an answer). */
        void fromServer(byte[] data, int offset, int length);

        /** The client closed its side (FIN); the server closes too. */
        void closedByClient();

        /** The server closed the connection (FIN): an idle time-out, a malformed frame, shutting down. */
        void closedByServer();

        /** The server cut the connection (RST): the host was isolated, the plant's link went down. */
        void reset();
    }
}
