package org.icsdrill.scenario.hosts;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.msg.ExceptionResponse;
import com.ghgande.j2mod.modbus.msg.ModbusRequest;
import com.ghgande.j2mod.modbus.msg.ModbusResponse;
import com.ghgande.j2mod.modbus.msg.ReadCoilsRequest;
import com.ghgande.j2mod.modbus.msg.ReadCoilsResponse;
import com.ghgande.j2mod.modbus.msg.ReadInputDiscretesRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputDiscretesResponse;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersResponse;
import com.ghgande.j2mod.modbus.msg.ReadMEIRequest;
import com.ghgande.j2mod.modbus.msg.ReadMEIResponse;
import com.ghgande.j2mod.modbus.msg.ReadMultipleRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadMultipleRegistersResponse;
import com.ghgande.j2mod.modbus.msg.WriteCoilRequest;
import com.ghgande.j2mod.modbus.msg.WriteMultipleRegistersRequest;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.net.SourcePolicy;

/**
 * A Modbus/TCP master that speaks from a chosen local address (a simulated host), with j2mod's
 * message codec over a socket we bind ourselves: j2mod's own master can only bind to the first
 * address of an interface, and cannot pipeline. Not thread-safe: one host thread per client.
 *
 * <p>{@link #pipeline} sends several requests in one segment and then reads their answers, which the
 * transaction ids pair with them (Modbus/TCP allows several outstanding transactions): what a SCADA
 * poller does to read a whole device in one round trip.
 *
 * <p>Given the run's {@link SourcePolicy}, a read whose answer the network path withholds (T0804)
 * is sent, so it is on the wire and in the journal, and fails at once with {@link NoAnswerException}
 * instead of waiting out the time-out in wall time: a simulated host is part of the simulator, and
 * must never hold plant time back. The host accounts for its time-out in plant time. It does wait,
 * briefly, for the server to have read that request, and on {@link #close} for the server to have
 * seen its FIN and closed too (a graceful close): so a simulated host's traffic is served, journaled
 * and captured at the plant time it was sent in, whatever the threads do (ADR 14).
 */
public final class ModbusHostClient implements AutoCloseable {

    private static final int UNIT = 1;
    /** The longest wall time a client waits for the server to take in a request it will not answer, or a close. */
    private static final long SETTLE_MILLIS = 2_000;

    private static final int MBAP_LENGTH = 7;
    /** The MBAP length field counts the unit id and a PDU of at most 253 bytes. */
    private static final int MAX_MBAP_LENGTH = 254;

    private final Socket socket;
    private final DataOutputStream out;
    private final DataInputStream in;
    private final SourcePolicy path;
    private final String host;
    private final String source;
    private int transactionId;
    /** The last answer read: its MBAP header, then its PDU. */
    private final byte[] frame = new byte[MBAP_LENGTH + MAX_MBAP_LENGTH];

    private ModbusHostClient(Socket socket, SourcePolicy path) throws IOException {
        this.socket = socket;
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 2048));
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 4096));
        this.path = path;
        this.host = socket.getLocalAddress().getHostAddress();
        this.source = host + ":" + socket.getLocalPort();
    }

    /** A read the network path answers with silence; the request itself was sent. */
    public static final class NoAnswerException extends ModbusException {
        NoAnswerException(String host) {
            super("no answer: reports to " + host + " are blocked on the network path");
        }
    }

    /** A client that waits for every answer up to {@code timeout} of wall time. */
    public static ModbusHostClient connect(InetAddress local, InetSocketAddress server, Duration timeout)
            throws IOException {
        return connect(local, server, timeout, null);
    }

    /** A client that knows the run's network path, so it never waits for an answer that is withheld. */
    public static ModbusHostClient connect(InetAddress local, InetSocketAddress server, Duration timeout,
                                           SourcePolicy path) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(server, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return new ModbusHostClient(socket, path);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    public boolean isOpen() {
        return !socket.isClosed();
    }

    public int[] readHoldingRegisters(int start, int count) throws ModbusException {
        ReadMultipleRegistersResponse r = call(new ReadMultipleRegistersRequest(start, count),
                ReadMultipleRegistersResponse.class);
        int[] words = new int[r.getWordCount()];
        for (int i = 0; i < words.length; i++) {
            words[i] = r.getRegisterValue(i);
        }
        return words;
    }

    public int[] readInputRegisters(int start, int count) throws ModbusException {
        ReadInputRegistersResponse r = call(new ReadInputRegistersRequest(start, count),
                ReadInputRegistersResponse.class);
        int[] words = new int[r.getWordCount()];
        for (int i = 0; i < words.length; i++) {
            words[i] = r.getRegisterValue(i);
        }
        return words;
    }

    public boolean[] readCoils(int start, int count) throws ModbusException {
        ReadCoilsResponse r = call(new ReadCoilsRequest(start, count), ReadCoilsResponse.class);
        boolean[] bits = new boolean[count];
        for (int i = 0; i < count; i++) {
            bits[i] = r.getCoilStatus(i);
        }
        return bits;
    }

    public boolean[] readDiscreteInputs(int start, int count) throws ModbusException {
        ReadInputDiscretesResponse r = call(new ReadInputDiscretesRequest(start, count),
                ReadInputDiscretesResponse.class);
        boolean[] bits = new boolean[count];
        for (int i = 0; i < count; i++) {
            bits[i] = r.getDiscreteStatus(i);
        }
        return bits;
    }

    public void writeRegisters(int start, int... words) throws ModbusException {
        Register[] registers = new Register[words.length];
        for (int i = 0; i < words.length; i++) {
            registers[i] = new SimpleRegister(words[i]);
        }
        call(new WriteMultipleRegistersRequest(start, registers), ModbusResponse.class);
    }

    /** Writes an IEEE-754 float over two registers, high word first, as the plants encode REAL tags. */
    public void writeFloat(int start, float value) throws ModbusException {
        int bits = Float.floatToIntBits(value);
        writeRegisters(start, bits >>> 16, bits & 0xFFFF);
    }

    public void writeCoil(int address, boolean on) throws ModbusException {
        call(new WriteCoilRequest(address, on), ModbusResponse.class);
    }

    /** Function 43/14, basic category: vendor, product code, revision. */
    public List<String> readDeviceIdentification() throws ModbusException {
        ReadMEIResponse r = call(new ReadMEIRequest(1, 0), ReadMEIResponse.class);
        return List.of(r.getFields());
    }

    private <T extends ModbusResponse> T call(ModbusRequest request, Class<T> type) throws ModbusException {
        return type.cast(pipeline(List.of(request)).get(0));
    }

    /**
     * Sends {@code requests} in one write, then reads their answers in order. Every answer is read before an
     * exception answer is thrown as {@link ModbusSlaveException}, so the stream stays in step.
     */
    public List<ModbusResponse> pipeline(List<? extends ModbusRequest> requests) throws ModbusException {
        try {
            send(requests);
            List<ModbusResponse> responses = new ArrayList<>(requests.size());
            for (ModbusRequest request : requests) {
                int length = readFrame(request.getTransactionID());
                ModbusResponse response = ModbusResponse.createModbusResponse(frame[MBAP_LENGTH] & 0xFF);
                response.setHeadless();
                response.setTransactionID(request.getTransactionID());
                response.setUnitID(frame[MBAP_LENGTH - 1] & 0xFF);
                response.readData(new DataInputStream(new ByteArrayInputStream(frame, MBAP_LENGTH + 1, length - 1)));
                responses.add(response);
            }
            for (ModbusResponse response : responses) {
                if (response instanceof ExceptionResponse exception) {
                    throw new ModbusSlaveException(exception.getExceptionCode());
                }
            }
            return responses;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * Sends {@code requests} in one write and checks that each is answered, in order, without an exception,
     * leaving the values undecoded: a poller that only makes the traffic need not build them.
     */
    public void poll(List<? extends ModbusRequest> requests) throws ModbusException {
        try {
            send(requests);
            int exception = 0;
            for (ModbusRequest request : requests) {
                readFrame(request.getTransactionID());
                if ((frame[MBAP_LENGTH] & 0x80) != 0 && exception == 0) {
                    exception = frame[MBAP_LENGTH + 1] & 0xFF;
                }
            }
            if (exception != 0) {
                throw new ModbusSlaveException(exception);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Numbers the requests and sends them in one write; a withheld answer fails at once, after the server read it. */
    private void send(List<? extends ModbusRequest> requests) throws IOException, NoAnswerException {
        for (ModbusRequest request : requests) {
            transactionId = (transactionId + 1) & 0xFFFF;
            request.setTransactionID(transactionId);
            request.setUnitID(UNIT);
            request.writeTo(out);
        }
        out.flush();
        if (path != null && requests.stream().noneMatch(ModbusHostClient::isWrite)
                && path.judge(host, false) == SourcePolicy.Verdict.WITHHOLD_RESPONSE) {
            path.awaitWithheld(source, requests.size(), SETTLE_MILLIS);
            throw new NoAnswerException(host); // the server reads them and sends nothing: the stream stays in step
        }
    }

    /**
     * Reads one answer into {@link #frame}, checking that its MBAP header carries the transaction id of the
     * request it answers; returns the PDU's length.
     */
    private int readFrame(int expectedTransaction) throws IOException {
        in.readFully(frame, 0, MBAP_LENGTH);
        int transaction = u16(frame, 0);
        int length = u16(frame, 4);
        if (transaction != expectedTransaction || u16(frame, 2) != 0 || length < 2 || length > MAX_MBAP_LENGTH) {
            throw new IOException("unexpected MBAP header: transaction " + transaction + " (expected "
                    + expectedTransaction + "), length " + length);
        }
        in.readFully(frame, MBAP_LENGTH, length - 1);
        return length - 1;
    }

    private ModbusIOException failed(IOException e) {
        return new ModbusIOException("Modbus exchange with " + socket.getRemoteSocketAddress() + " failed: " + e, e);
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static boolean isWrite(ModbusRequest request) {
        return request instanceof WriteCoilRequest || request instanceof WriteMultipleRegistersRequest;
    }

    /** Closes gracefully: sends FIN and waits (up to 2 s) for the server's, as a stack's orderly release does. */
    @Override
    public void close() {
        awaitServerClose(socket, SETTLE_MILLIS);
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket that the server already closed: nothing left to do
        }
    }

    /**
     * Half-closes {@code socket} and reads until the server closes its side too (or {@code millis} pass):
     * the server has then taken in everything sent, FIN included. Unread answers are discarded.
     */
    public static void awaitServerClose(Socket socket, long millis) {
        if (socket.isClosed()) {
            return;
        }
        try {
            socket.shutdownOutput();
            socket.setSoTimeout((int) millis);
            byte[] sink = new byte[512];
            long deadline = System.nanoTime() + millis * 1_000_000;
            while (socket.getInputStream().read(sink) >= 0 && System.nanoTime() < deadline) {
                // discard what is still on its way
            }
        } catch (IOException e) {
            // reset, already closed, or the server kept it open: nothing more to wait for
        }
    }
}
