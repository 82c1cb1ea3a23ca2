package org.icsdrill.core.modbus;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.icsdrill.core.capture.NetworkTap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's connection, on its own thread: reads a frame, checks its MBAP header, has it served
 * ({@link ModbusExchange}) and answers, until the client leaves, the idle timeout passes or the server
 * ends it. Tells the capture each request, answer and close before the client can see it.
 *
 * <p>Requests that arrive together are a batch: a master that pipelines (several requests in one
 * segment, as Modbus/TCP allows) gets their answers in one write, in order, once no further whole
 * request waits in the read buffer, and the capture sees the batch as it crossed the wire, one segment
 * of requests and one of answers. A master that waits for each answer gets it at once.
 */
final class ModbusSession {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusSession.class);
    private static final int MBAP_LENGTH = 7;
    /** The MBAP length field counts the unit id and a PDU of at most 253 bytes. */
    private static final int MAX_MBAP_LENGTH = 254;

    private final Socket socket;
    private final String host;
    private final String source;
    private final SessionContext context;
    private final byte[] request = new byte[MBAP_LENGTH + MAX_MBAP_LENGTH];
    private final byte[] response = new byte[MBAP_LENGTH + 256];
    private final RequestLog log = new RequestLog();
    /** The requests of a batch as the capture is told them, and their answers; connection thread only. */
    private final Batch requests = new Batch();
    private final Batch answers = new Batch();
    /** Bytes of the current batch's requests not served yet. */
    private int unserved;
    /** System.nanoTime() when an answer's write began, 0 when not writing; read by the reaper. */
    private volatile long writingSince;
    private volatile boolean closedByServer;
    /** The capture's view of this connection; set before its thread starts. */
    private volatile NetworkTap.Flow flow = NetworkTap.Flow.NONE;

    ModbusSession(Socket socket, SessionContext context) {
        this.socket = socket;
        this.context = context;
        this.host = socket.getInetAddress().getHostAddress();
        this.source = host + ":" + socket.getPort();
    }

    Socket socket() {
        return socket;
    }

    /** The client's address. */
    String host() {
        return host;
    }

    /** The client's address and port, as the journal names it. */
    String source() {
        return source;
    }

    /** Whether the server ended this connection (not the client). */
    boolean closedByServer() {
        return closedByServer;
    }

    /** Tells {@code tap} about this connection from now on, beginning with its handshake. */
    void joinCapture(NetworkTap tap) {
        flow = tap.accepted((InetSocketAddress) socket.getRemoteSocketAddress(),
                (InetSocketAddress) socket.getLocalSocketAddress());
    }

    /** Serves the connection until it ends, then closes the socket. */
    void serve() {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) context.idleTimeout().toMillis());
            if (run()) {
                closedByServer = true;
            }
        } catch (SocketTimeoutException e) {
            closedByServer = true;
            flow.closedByServer();
            LOG.debug("Modbus connection {} idle for {}; closed", source, context.idleTimeout());
        } catch (EOFException | SocketException e) {
            LOG.debug("Modbus connection {} ended: {}", source, e.toString());
        } catch (IOException e) {
            LOG.debug("Modbus connection {} failed", source, e);
        } finally {
            if (!closedByServer && !context.serverClosing().getAsBoolean()) {
                flow.closedByClient(); // ended by the client (a reset, or a FIN inside a frame)
            }
        }
    }

    /** Serves requests until the client leaves (false) or the server closes the connection (true). */
    private boolean run() throws IOException {
        RequestBuffer in = new RequestBuffer(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        boolean closing = serveRequests(in, out);
        sendQuietly(out); // the answers to the requests before a malformed one
        return closing;
    }

    private boolean serveRequests(RequestBuffer in, OutputStream out) throws IOException {
        while (!context.serverClosing().getAsBoolean()) {
            // the idle timeout bounds the whole request, not each read: a client trickling one byte
            // at a time (slowloris) must not hold its slot for ever
            long deadline = System.nanoTime() + context.idleTimeout().toNanos();
            if (!FrameReader.readFully(socket, deadline, in, request, 0, MBAP_LENGTH, true)) {
                flow.closedByClient(); // told before the socket closes: a client waiting for our FIN finds it captured
                return false;
            }
            int protocol = ModbusRequestHandler.u16(request, 2);
            int length = ModbusRequestHandler.u16(request, 4);
            if (!soundHeader(protocol, length)) {
                LOG.debug("malformed MBAP header from {} (protocol {}, length {}); closing", source, protocol,
                        length);
                send(out);
                flow.fromClient(request, 0, MBAP_LENGTH);
                flow.closedByServer();
                return true;
            }
            FrameReader.readFully(socket, deadline, in, request, MBAP_LENGTH, length - 1, false);
            if (flow == NetworkTap.Flow.NONE) {
                joinCapture(context.tap().get()); // a capture started while this connection was open
            }
            announce(in, MBAP_LENGTH + length - 1);
            int responseLength = context.exchange().serve(host, source, request, MBAP_LENGTH, length - 1, response,
                    log);
            if (responseLength == ModbusExchange.CUT) {
                sendQuietly(out); // what was answered before the cut had gone out
                closedByServer = true;
                flow.reset();
                throw new EOFException("source isolated or link down");
            }
            if (responseLength == ModbusRequestHandler.MALFORMED) {
                LOG.debug("malformed PDU from {}; closing", source);
                flow.closedByServer();
                return true;
            }
            if (responseLength > 0) {
                answer(responseLength);
            }
            if (unserved == 0) {
                send(out); // the batch is answered: nothing more to answer without waiting for the client
            }
        }
        return true;
    }

    /**
     * Counts a request read as served; the first of a batch tells the capture the whole batch, itself and
     * the whole requests behind it in the buffer, before any of them is served (a withheld answer is
     * signalled while serving, and the capture must already hold the request at its plant time).
     */
    private void announce(RequestBuffer in, int frameLength) {
        if (unserved == 0) {
            int ahead = in.wholeRequestsAhead();
            requests.write(request, 0, frameLength);
            in.copyAhead(requests, ahead);
            flow.fromClient(requests.bytes(), 0, requests.size());
            requests.reset();
            unserved = frameLength + ahead;
        }
        unserved -= frameLength;
    }

    /** Modbus/TCP, and a length that counts the unit id and a PDU of 1 to 253 bytes. */
    private static boolean soundHeader(int protocol, int length) {
        return protocol == 0 && length >= 2 && length <= MAX_MBAP_LENGTH;
    }

    /** The MBAP header echoes the request's transaction, protocol and unit ids. */
    private void answer(int pduLength) {
        System.arraycopy(request, 0, response, 0, 4);
        response[4] = (byte) ((pduLength + 1) >>> 8);
        response[5] = (byte) (pduLength + 1);
        response[6] = request[6];
        answers.write(response, 0, MBAP_LENGTH + pduLength);
    }

    private void sendQuietly(OutputStream out) {
        try {
            send(out);
        } catch (IOException e) {
            LOG.debug("Modbus connection {}: answers not sent: {}", source, e.toString());
        }
    }

    /** Tells the capture the batch's answers, then sends them; the reaper watches how long the write takes. */
    private void send(OutputStream out) throws IOException {
        if (answers.size() == 0) {
            return;
        }
        flow.fromServer(answers.bytes(), 0, answers.size());
        writingSince = Math.max(1, System.nanoTime());
        try {
            out.write(answers.bytes(), 0, answers.size());
        } finally {
            writingSince = 0;
            answers.reset();
        }
    }

    /** A batch's bytes, read in place. */
    private static final class Batch extends ByteArrayOutputStream {
        Batch() {
            super(512);
        }

        byte[] bytes() {
            return buf;
        }
    }

    /** The connection's read buffer, which tells which whole requests it already holds. */
    private static final class RequestBuffer extends BufferedInputStream {
        RequestBuffer(InputStream in) {
            super(in, 4096);
        }

        /** The bytes of the whole requests, each with a sound MBAP header, that the buffer holds next. */
        synchronized int wholeRequestsAhead() {
            int at = pos;
            while (count - at >= MBAP_LENGTH) {
                int protocol = ModbusRequestHandler.u16(buf, at + 2);
                int length = ModbusRequestHandler.u16(buf, at + 4);
                if (!soundHeader(protocol, length) || count - at < MBAP_LENGTH - 1 + length) {
                    break;
                }
                at += MBAP_LENGTH - 1 + length;
            }
            return at - pos;
        }

        synchronized void copyAhead(Batch to, int length) {
            to.write(buf, pos, length);
        }
    }

    /** Whether an answer's write has been stuck for longer than {@code timeoutNanos} at {@code now}. */
    boolean stuckWriting(long now, long timeoutNanos) {
        long since = writingSince;
        return since != 0 && now - since > timeoutNanos;
    }

    /** The server closes the connection (FIN): an answer its client does not read. */
    void close() {
        closedByServer = true;
        flow.closedByServer();
        closeQuietly(socket);
    }

    boolean isOpen() {
        return !socket.isClosed();
    }

    /** The network path cuts the connection (RST): the host was isolated, the plant's link went down. */
    void cut() {
        closedByServer = true;
        flow.reset();
        closeQuietly(socket);
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing a socket", e);
        }
    }
}
