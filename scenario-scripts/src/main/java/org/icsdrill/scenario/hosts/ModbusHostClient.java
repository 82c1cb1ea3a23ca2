package org.icsdrill.scenario.hosts;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.io.ModbusTCPTransport;
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
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/**
 * A Modbus/TCP master that speaks from a chosen local address (a simulated host), with j2mod's
 * message codec over a socket we bind ourselves: j2mod's own master can only bind to the first
 * address of an interface. Not thread-safe: one host thread per client.
 */
public final class ModbusHostClient implements AutoCloseable {

    private static final int UNIT = 1;

    private final Socket socket;
    private final ModbusTCPTransport transport;
    private int transactionId;

    private ModbusHostClient(Socket socket) throws IOException {
        this.socket = socket;
        this.transport = new ModbusTCPTransport(socket);
    }

    public static ModbusHostClient connect(InetAddress local, InetSocketAddress server, Duration timeout)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(server, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return new ModbusHostClient(socket);
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
        transactionId = (transactionId + 1) & 0xFFFF;
        request.setTransactionID(transactionId);
        request.setUnitID(UNIT);
        transport.writeRequest(request);
        ModbusResponse response = transport.readResponse();
        if (response instanceof ExceptionResponse exception) {
            throw new ModbusSlaveException(exception.getExceptionCode());
        }
        return type.cast(response);
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing a socket that the server already closed: nothing left to do
        }
    }
}
