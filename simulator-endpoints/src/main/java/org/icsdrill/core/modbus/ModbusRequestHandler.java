package org.icsdrill.core.modbus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.sim.PlantView;

/**
 * Serves one Modbus PDU against a plant's register image, per the Modbus Application Protocol
 * v1.1b3, section 6: function codes 1, 2, 3, 4, 5, 6, 15, 16, 23 and 43/14. Knows no transport.
 * A PDU too short or too long for its function is malformed and answered with {@link #MALFORMED},
 * which tells the transport to close the connection; everything else gets a response or an
 * exception response.
 */
public final class ModbusRequestHandler {

    /** Returned instead of a response length when the PDU is malformed. */
    public static final int MALFORMED = -1;

    private static final int MAX_READ_BITS = 2000;
    private static final int MAX_WRITE_BITS = 1968;
    private static final int MAX_READ_REGISTERS = 125;
    private static final int MAX_WRITE_REGISTERS = 123;
    private static final int MAX_RW_WRITE_REGISTERS = 121;
    private static final int MEI_READ_DEVICE_ID = 0x0E;

    private final PlantRegisterImage image;
    private final RegisterMap map;
    private final List<byte[]> identityObjects;

    public ModbusRequestHandler(PlantRegisterImage image, DeviceIdentification identity) {
        this.image = image;
        this.map = image.map();
        this.identityObjects = identity.objects().stream().map(s -> s.getBytes(StandardCharsets.US_ASCII)).toList();
    }

    /**
     * @param req  request bytes; the PDU is {@code req[off, off + len)}, starting with the function code
     * @param resp response buffer (at least 253 bytes from {@code respOff})
     * @return the response PDU's length, or {@link #MALFORMED}
     */
    int handle(byte[] req, int off, int len, byte[] resp, int respOff, RequestLog log, String source,
               boolean dropWrites) {
        int function = req[off] & 0xFF;
        log.function = functionName(function);
        return switch (function) {
            case 0x01 -> readBits(RegisterTable.COIL, req, off, len, resp, respOff, log);
            case 0x02 -> readBits(RegisterTable.DISCRETE_INPUT, req, off, len, resp, respOff, log);
            case 0x03 -> readRegisters(RegisterTable.HOLDING_REGISTER, req, off, len, resp, respOff, log);
            case 0x04 -> readRegisters(RegisterTable.INPUT_REGISTER, req, off, len, resp, respOff, log);
            case 0x05 -> writeSingleCoil(req, off, len, resp, respOff, log, source, dropWrites);
            case 0x06 -> writeSingleRegister(req, off, len, resp, respOff, log, source, dropWrites);
            case 0x0F -> writeMultipleCoils(req, off, len, resp, respOff, log, source, dropWrites);
            case 0x10 -> writeMultipleRegisters(req, off, len, resp, respOff, log, source, dropWrites);
            case 0x17 -> readWriteMultipleRegisters(req, off, len, resp, respOff, log, source, dropWrites);
            case 0x2B -> encapsulatedInterface(req, off, len, resp, respOff, log);
            default -> exception(function, ExceptionCode.ILLEGAL_FUNCTION, resp, respOff, log);
        };
    }

    /** An exception response: function code with the high bit set, then the code (section 7). */
    static int exception(int function, ExceptionCode code, byte[] resp, int respOff, RequestLog log) {
        resp[respOff] = (byte) (function | 0x80);
        resp[respOff + 1] = (byte) code.code();
        log.result = code.toString();
        log.outcome = TrafficOutcome.REFUSED;
        return 2;
    }

    private int readBits(RegisterTable table, byte[] req, int off, int len, byte[] resp, int respOff,
                         RequestLog log) {
        if (len != 5) {
            return MALFORMED;
        }
        int function = req[off] & 0xFF;
        int start = u16(req, off + 1);
        int quantity = u16(req, off + 3);
        log.range(table, start, quantity);
        if (quantity < 1 || quantity > MAX_READ_BITS) {
            return exception(function, ExceptionCode.ILLEGAL_DATA_VALUE, resp, respOff, log);
        }
        if (!map.contains(table, start, quantity)) {
            return exception(function, ExceptionCode.ILLEGAL_DATA_ADDRESS, resp, respOff, log);
        }
        PlantView view = image.view();
        int bytes = (quantity + 7) / 8;
        resp[respOff] = (byte) function;
        resp[respOff + 1] = (byte) bytes;
        for (int i = 0; i < bytes; i++) {
            resp[respOff + 2 + i] = 0;
        }
        for (int i = 0; i < quantity; i++) {
            if (PlantRegisterImage.readBit(map, view, table, start + i)) {
                resp[respOff + 2 + i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return 2 + bytes;
    }

    private int readRegisters(RegisterTable table, byte[] req, int off, int len, byte[] resp, int respOff,
                              RequestLog log) {
        if (len != 5) {
            return MALFORMED;
        }
        int function = req[off] & 0xFF;
        int start = u16(req, off + 1);
        int quantity = u16(req, off + 3);
        log.range(table, start, quantity);
        ExceptionCode error = checkRegisterRead(table, start, quantity);
        if (error != null) {
            return exception(function, error, resp, respOff, log);
        }
        resp[respOff] = (byte) function;
        return 1 + putRegisters(table, start, quantity, image.view(), resp, respOff + 1);
    }

    private ExceptionCode checkRegisterRead(RegisterTable table, int start, int quantity) {
        if (quantity < 1 || quantity > MAX_READ_REGISTERS) {
            return ExceptionCode.ILLEGAL_DATA_VALUE;
        }
        return map.contains(table, start, quantity) ? null : ExceptionCode.ILLEGAL_DATA_ADDRESS;
    }

    /** Byte count then the registers, big-endian; returns the bytes written. */
    private int putRegisters(RegisterTable table, int start, int quantity, PlantView view, byte[] resp, int at) {
        resp[at] = (byte) (quantity * 2);
        for (int i = 0; i < quantity; i++) {
            int word = PlantRegisterImage.readWord(map, view, table, start + i);
            resp[at + 1 + 2 * i] = (byte) (word >>> 8);
            resp[at + 2 + 2 * i] = (byte) word;
        }
        return 1 + quantity * 2;
    }

    private int writeSingleCoil(byte[] req, int off, int len, byte[] resp, int respOff, RequestLog log,
                                String source, boolean drop) {
        if (len != 5) {
            return MALFORMED;
        }
        log.write = true;
        int address = u16(req, off + 1);
        int value = u16(req, off + 3);
        log.range(RegisterTable.COIL, address, 1);
        if (value != 0x0000 && value != 0xFF00) {
            return exception(0x05, ExceptionCode.ILLEGAL_DATA_VALUE, resp, respOff, log);
        }
        ExceptionCode error = image.writeCoils(address, new boolean[] {value == 0xFF00}, source, drop, log.values);
        return error != null ? exception(0x05, error, resp, respOff, log) : echo(req, off, 5, resp, respOff);
    }

    private int writeSingleRegister(byte[] req, int off, int len, byte[] resp, int respOff, RequestLog log,
                                    String source, boolean drop) {
        if (len != 5) {
            return MALFORMED;
        }
        log.write = true;
        int address = u16(req, off + 1);
        log.range(RegisterTable.HOLDING_REGISTER, address, 1);
        ExceptionCode error = image.writeRegisters(address, new int[] {u16(req, off + 3)}, source, drop, log.values);
        return error != null ? exception(0x06, error, resp, respOff, log) : echo(req, off, 5, resp, respOff);
    }

    private int writeMultipleCoils(byte[] req, int off, int len, byte[] resp, int respOff, RequestLog log,
                                   String source, boolean drop) {
        if (len < 6 || len != 6 + (req[off + 5] & 0xFF)) {
            return MALFORMED;
        }
        log.write = true;
        int start = u16(req, off + 1);
        int quantity = u16(req, off + 3);
        int byteCount = req[off + 5] & 0xFF;
        log.range(RegisterTable.COIL, start, quantity);
        if (quantity < 1 || quantity > MAX_WRITE_BITS || byteCount != (quantity + 7) / 8) {
            return exception(0x0F, ExceptionCode.ILLEGAL_DATA_VALUE, resp, respOff, log);
        }
        if (!map.contains(RegisterTable.COIL, start, quantity)) {
            return exception(0x0F, ExceptionCode.ILLEGAL_DATA_ADDRESS, resp, respOff, log);
        }
        boolean[] bits = new boolean[quantity];
        for (int i = 0; i < quantity; i++) {
            bits[i] = (req[off + 6 + i / 8] & (1 << (i % 8))) != 0;
        }
        ExceptionCode error = image.writeCoils(start, bits, source, drop, log.values);
        return error != null ? exception(0x0F, error, resp, respOff, log) : echo(req, off, 5, resp, respOff);
    }

    private int writeMultipleRegisters(byte[] req, int off, int len, byte[] resp, int respOff, RequestLog log,
                                       String source, boolean drop) {
        if (len < 6 || len != 6 + (req[off + 5] & 0xFF)) {
            return MALFORMED;
        }
        log.write = true;
        int start = u16(req, off + 1);
        int quantity = u16(req, off + 3);
        int byteCount = req[off + 5] & 0xFF;
        log.range(RegisterTable.HOLDING_REGISTER, start, quantity);
        if (quantity < 1 || quantity > MAX_WRITE_REGISTERS || byteCount != quantity * 2) {
            return exception(0x10, ExceptionCode.ILLEGAL_DATA_VALUE, resp, respOff, log);
        }
        if (!map.contains(RegisterTable.HOLDING_REGISTER, start, quantity)) {
            return exception(0x10, ExceptionCode.ILLEGAL_DATA_ADDRESS, resp, respOff, log);
        }
        ExceptionCode error = image.writeRegisters(start, words(req, off + 6, quantity), source, drop, log.values);
        return error != null ? exception(0x10, error, resp, respOff, log) : echo(req, off, 5, resp, respOff);
    }

    /** Function 23: the write is performed before the read (6.17); the read shows the view before the write's tick. */
    private int readWriteMultipleRegisters(byte[] req, int off, int len, byte[] resp, int respOff, RequestLog log,
                                           String source, boolean drop) {
        if (len < 10 || len != 10 + (req[off + 9] & 0xFF)) {
            return MALFORMED;
        }
        log.write = true;
        int readStart = u16(req, off + 1);
        int readQuantity = u16(req, off + 3);
        int writeStart = u16(req, off + 5);
        int writeQuantity = u16(req, off + 7);
        int byteCount = req[off + 9] & 0xFF;
        log.address = "holding_register read " + readStart + "+" + readQuantity + " write " + writeStart + "+"
                + writeQuantity;
        if (readQuantity < 1 || readQuantity > MAX_READ_REGISTERS || writeQuantity < 1
                || writeQuantity > MAX_RW_WRITE_REGISTERS || byteCount != writeQuantity * 2) {
            return exception(0x17, ExceptionCode.ILLEGAL_DATA_VALUE, resp, respOff, log);
        }
        if (!map.contains(RegisterTable.HOLDING_REGISTER, readStart, readQuantity)
                || !map.contains(RegisterTable.HOLDING_REGISTER, writeStart, writeQuantity)) {
            return exception(0x17, ExceptionCode.ILLEGAL_DATA_ADDRESS, resp, respOff, log);
        }
        ExceptionCode error = image.writeRegisters(writeStart, words(req, off + 10, writeQuantity), source, drop,
                log.values);
        if (error != null) {
            return exception(0x17, error, resp, respOff, log);
        }
        resp[respOff] = 0x17;
        return 1 + putRegisters(RegisterTable.HOLDING_REGISTER, readStart, readQuantity, image.view(), resp,
                respOff + 1);
    }

    /** Function 43 with MEI type 14, Read Device Identification (6.21); other MEI types are not supported. */
    private int encapsulatedInterface(byte[] req, int off, int len, byte[] resp, int respOff, RequestLog log) {
        if (len < 2) {
            return MALFORMED;
        }
        int mei = req[off + 1] & 0xFF;
        if (mei != MEI_READ_DEVICE_ID) {
            return exception(0x2B, ExceptionCode.ILLEGAL_FUNCTION, resp, respOff, log);
        }
        if (len != 4) {
            return MALFORMED;
        }
        int code = req[off + 2] & 0xFF;
        int objectId = req[off + 3] & 0xFF;
        log.function = "FC43/14 read device identification";
        log.address = "code " + code + " object " + objectId;
        int first;
        int last;
        switch (code) {
            case 1 -> {
                first = objectId <= 2 ? objectId : 0;
                last = 2;
            }
            case 2, 3 -> {
                first = objectId < identityObjects.size() ? objectId : 0;
                last = identityObjects.size() - 1;
            }
            case 4 -> {
                if (objectId >= identityObjects.size()) {
                    return exception(0x2B, ExceptionCode.ILLEGAL_DATA_ADDRESS, resp, respOff, log);
                }
                first = objectId;
                last = objectId;
            }
            default -> {
                return exception(0x2B, ExceptionCode.ILLEGAL_DATA_VALUE, resp, respOff, log);
            }
        }
        int at = respOff;
        resp[at++] = 0x2B;
        resp[at++] = MEI_READ_DEVICE_ID;
        resp[at++] = (byte) code;
        resp[at++] = (byte) 0x82; // conformity: regular identification, stream and individual access
        resp[at++] = 0; // no more follows: everything fits in one response
        resp[at++] = 0;
        resp[at++] = (byte) (last - first + 1);
        for (int id = first; id <= last; id++) {
            byte[] value = identityObjects.get(id);
            resp[at++] = (byte) id;
            resp[at++] = (byte) value.length;
            System.arraycopy(value, 0, resp, at, value.length);
            at += value.length;
        }
        return at - respOff;
    }

    private static int echo(byte[] req, int off, int length, byte[] resp, int respOff) {
        System.arraycopy(req, off, resp, respOff, length);
        return length;
    }

    private static int[] words(byte[] data, int at, int count) {
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = u16(data, at + 2 * i);
        }
        return words;
    }

    static int u16(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    static String functionName(int function) {
        return switch (function) {
            case 0x01 -> "FC01 read coils";
            case 0x02 -> "FC02 read discrete inputs";
            case 0x03 -> "FC03 read holding registers";
            case 0x04 -> "FC04 read input registers";
            case 0x05 -> "FC05 write single coil";
            case 0x06 -> "FC06 write single register";
            case 0x0F -> "FC15 write multiple coils";
            case 0x10 -> "FC16 write multiple registers";
            case 0x17 -> "FC23 read/write multiple registers";
            case 0x2B -> "FC43 encapsulated interface";
            default -> String.format("FC%02d unsupported", function);
        };
    }
}
