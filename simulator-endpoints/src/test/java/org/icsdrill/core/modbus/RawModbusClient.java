package org.icsdrill.core.modbus;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/** A bare Modbus/TCP client over a real socket, for frames a library master will not send. */
final class RawModbusClient implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private int transaction;
    private int lastTransaction;

    RawModbusClient(int port) throws IOException {
        this(port, "127.0.0.1");
    }

    /** Connects from a loopback address of its own, as a simulated host does. */
    RawModbusClient(int port, String from) throws IOException {
        this(from, "127.0.0.1", port);
    }

    /** Connects from {@code from} to a server at {@code to}: a host of one zone to a PLC of another. */
    RawModbusClient(String from, String to, int port) throws IOException {
        socket = new Socket();
        socket.bind(new java.net.InetSocketAddress(from, 0));
        socket.connect(new java.net.InetSocketAddress(to, port), 5_000);
        socket.setSoTimeout(5_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends a PDU to a unit and returns the response PDU. */
    byte[] request(int unit, int... pdu) throws IOException {
        send(unit, pdu);
        return receive();
    }

    void send(int unit, int... pdu) throws IOException {
        out.write(frame(unit, pdu));
    }

    /** The next request's frame, numbered but not sent: to send several in one write. */
    byte[] frame(int unit, int... pdu) {
        transaction = (transaction + 1) & 0xFFFF;
        byte[] frame = new byte[7 + pdu.length];
        frame[0] = (byte) (transaction >>> 8);
        frame[1] = (byte) transaction;
        frame[4] = (byte) ((pdu.length + 1) >>> 8);
        frame[5] = (byte) (pdu.length + 1);
        frame[6] = (byte) unit;
        for (int i = 0; i < pdu.length; i++) {
            frame[7 + i] = (byte) pdu[i];
        }
        return frame;
    }

    Socket socket() {
        return socket;
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    byte[] receive() throws IOException {
        byte[] header = new byte[7];
        in.readFully(header);
        lastTransaction = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
        int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
        byte[] pdu = new byte[length - 1];
        in.readFully(pdu);
        return pdu;
    }

    /** The transaction id of the last answer received. */
    int lastTransaction() {
        return lastTransaction;
    }

    /** True when the server has closed the connection (end of stream or reset). */
    boolean isClosedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (EOFException | java.net.SocketException e) {
            return true;
        }
    }

    static int[] unsigned(byte[] bytes) {
        return Arrays.copyOf(toInts(bytes), bytes.length);
    }

    private static int[] toInts(byte[] bytes) {
        int[] ints = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ints[i] = bytes[i] & 0xFF;
        }
        return ints;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
