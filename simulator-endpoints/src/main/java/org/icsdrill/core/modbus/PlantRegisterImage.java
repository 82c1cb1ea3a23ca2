package org.icsdrill.core.modbus;

import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.PlantView;
import org.icsdrill.core.sim.WriteResult;

/**
 * The seam between the Modbus handler and a plant: reads encode one published view, so a float
 * spread over two registers always comes from one tick; writes are decoded, checked as a whole and
 * queued for the next tick. Holds no plant state.
 */
public final class PlantRegisterImage {

    private final PlantRuntime plant;
    private final RegisterMap map;

    public PlantRegisterImage(PlantRuntime plant, RegisterMap map) {
        this.plant = plant;
        this.map = map;
    }

    public RegisterMap map() {
        return map;
    }

    public String plantId() {
        return plant.id();
    }

    public PlantView view() {
        return plant.view();
    }

    public static int readWord(RegisterMap map, PlantView view, RegisterTable table, int address) {
        RegisterEntry entry = map.ownerOf(table, address);
        return encode(entry, view.value(entry.tagIndex()), address - entry.address());
    }

    public static boolean readBit(RegisterMap map, PlantView view, RegisterTable table, int address) {
        return view.value(map.ownerOf(table, address).tagIndex()) >= 0.5;
    }

    static int encode(RegisterEntry entry, double value, int wordOffset) {
        if (entry.type() == RegisterType.FLOAT32) {
            int bits = Float.floatToIntBits((float) value);
            return wordOffset == 0 ? bits >>> 16 : bits & 0xFFFF;
        }
        long scaled = Math.round(value * entry.scale());
        return (int) Math.max(0, Math.min(0xFFFF, scaled));
    }

    static double decode(RegisterEntry entry, int[] words, int index) {
        if (entry.type() == RegisterType.FLOAT32) {
            return Float.intBitsToFloat((words[index] << 16) | words[index + 1]);
        }
        return words[index] / entry.scale();
    }

    /**
     * Writes whole holding-register values starting at {@code start}; returns null when queued.
     * A write that starts or ends inside a float, or touches a read-only tag, is an illegal address.
     */
    public ExceptionCode writeRegisters(int start, int[] words, String source, boolean drop, StringBuilder log) {
        return write(RegisterTable.HOLDING_REGISTER, start, words.length, source, drop, log,
                (entry, offset) -> decode(entry, words, offset));
    }

    public ExceptionCode writeCoils(int start, boolean[] bits, String source, boolean drop, StringBuilder log) {
        return write(RegisterTable.COIL, start, bits.length, source, drop, log,
                (entry, offset) -> bits[offset] ? 1 : 0);
    }

    private interface Decoder {
        double valueAt(RegisterEntry entry, int offset);
    }

    private ExceptionCode write(RegisterTable table, int start, int count, String source, boolean drop,
                                StringBuilder log, Decoder decoder) {
        if (!map.contains(table, start, count)) {
            return ExceptionCode.ILLEGAL_DATA_ADDRESS;
        }
        RegisterEntry last = map.ownerOf(table, start + count - 1);
        if (map.ownerOf(table, start).address() != start || last.address() + last.type().width() != start + count) {
            return ExceptionCode.ILLEGAL_DATA_ADDRESS;
        }
        int entries = 0;
        double[] values = new double[count];
        int[] tags = new int[count];
        for (int offset = 0; offset < count; ) {
            RegisterEntry entry = map.ownerOf(table, start + offset);
            if (!entry.isWritable()) {
                return ExceptionCode.ILLEGAL_DATA_ADDRESS;
            }
            double value = decoder.valueAt(entry, offset);
            if (PlantRuntime.check(entry.tag(), value) != WriteResult.ACCEPTED) {
                return ExceptionCode.ILLEGAL_DATA_VALUE;
            }
            if (log.length() > 0) {
                log.append(' ');
            }
            log.append(entry.tag().name()).append('=').append(value);
            tags[entries] = entry.tagIndex();
            values[entries++] = value;
            offset += entry.type().width();
        }
        if (drop) {
            return null;
        }
        for (int i = 0; i < entries; i++) {
            WriteResult result = plant.submit(tags[i], values[i], source);
            if (result != WriteResult.ACCEPTED) {
                return ExceptionCode.SERVER_DEVICE_FAILURE;
            }
        }
        return null;
    }
}
