package org.icsdrill.core.modbus;

/** Modbus exception codes used here (Modbus Application Protocol v1.1b3, section 7). */
public enum ExceptionCode {
    ILLEGAL_FUNCTION(0x01, "illegal function"),
    ILLEGAL_DATA_ADDRESS(0x02, "illegal data address"),
    ILLEGAL_DATA_VALUE(0x03, "illegal data value"),
    SERVER_DEVICE_FAILURE(0x04, "server device failure"),
    GATEWAY_TARGET_FAILED(0x0B, "gateway target device failed to respond");

    private final int code;
    private final String text;

    ExceptionCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    @Override
    public String toString() {
        return String.format("exception %02X %s", code, text);
    }
}
