package org.icsdrill.core.modbus;

import org.icsdrill.core.tag.TagDef;

/** Where one tag lives in the Modbus data model; {@code address} is 0-based (the PDU address). */
public record RegisterEntry(int tagIndex, TagDef tag, RegisterTable table, int address, RegisterType type,
                            double scale) {

    /** Whether a Modbus write to this entry can reach the tag (writable table and writable tag). */
    public boolean isWritable() {
        return table.isWritable() && !tag.field() && tag.access().isWritable();
    }
}
