package org.icsdrill.core.modbus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;

/**
 * The Modbus register map of one plant, generated from its tag declarations in declaration order:
 * measurements in input registers, set points, parameters and outputs in holding registers,
 * states in discrete inputs, commands and modes in coils. A discrete measurement goes to the
 * discrete inputs, a discrete set point or output to the coils, a numeric state to the input
 * registers and a numeric mode or command to the holding registers.
 */
public final class RegisterMap {

    private final List<RegisterEntry> entries;
    private final Map<RegisterTable, RegisterEntry[]> ownerByAddress = new EnumMap<>(RegisterTable.class);

    private RegisterMap(List<RegisterEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<RegisterTable, List<RegisterEntry>> owners = new EnumMap<>(RegisterTable.class);
        for (RegisterTable table : RegisterTable.values()) {
            owners.put(table, new ArrayList<>());
        }
        for (RegisterEntry entry : entries) {
            for (int w = 0; w < entry.type().width(); w++) {
                owners.get(entry.table()).add(entry);
            }
        }
        owners.forEach((table, list) -> ownerByAddress.put(table, list.toArray(new RegisterEntry[0])));
    }

    public static RegisterMap of(TagCatalog catalog) {
        Map<RegisterTable, Integer> next = new EnumMap<>(RegisterTable.class);
        List<RegisterEntry> entries = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            TagDef tag = catalog.get(i);
            RegisterTable table = tableFor(tag);
            RegisterType type = typeFor(tag);
            int address = next.getOrDefault(table, 0);
            next.put(table, address + type.width());
            entries.add(new RegisterEntry(i, tag, table, address, type, 1.0));
        }
        return new RegisterMap(entries);
    }

    static RegisterTable tableFor(TagDef tag) {
        boolean bit = tag.type() == DataType.BOOL;
        return switch (tag.kind()) {
            case MEASUREMENT, STATE -> bit ? RegisterTable.DISCRETE_INPUT : RegisterTable.INPUT_REGISTER;
            case SETPOINT, PARAMETER, OUTPUT, MODE, COMMAND -> bit ? RegisterTable.COIL : RegisterTable.HOLDING_REGISTER;
        };
    }

    static RegisterType typeFor(TagDef tag) {
        return switch (tag.type()) {
            case BOOL -> RegisterType.BOOL;
            case UINT16 -> RegisterType.UINT16;
            case REAL -> RegisterType.FLOAT32;
        };
    }

    public List<RegisterEntry> entries() {
        return entries;
    }

    /** Number of addresses in a table; valid addresses are 0 to size - 1. */
    public int size(RegisterTable table) {
        return ownerByAddress.get(table).length;
    }

    /** The entry that owns an address; the address must be valid. */
    public RegisterEntry ownerOf(RegisterTable table, int address) {
        return ownerByAddress.get(table)[address];
    }

    public boolean contains(RegisterTable table, int start, int quantity) {
        return start >= 0 && quantity >= 0 && start + quantity <= size(table);
    }

    public List<RegisterEntry> entries(RegisterTable table) {
        return Arrays.stream(ownerByAddress.get(table)).distinct().toList();
    }
}
