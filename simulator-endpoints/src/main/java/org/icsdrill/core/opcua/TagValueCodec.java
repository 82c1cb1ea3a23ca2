package org.icsdrill.core.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.util.OptionalDouble;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;

/**
 * Converts between the simulator's doubles and OPC UA values: REAL as Double, BOOL as Boolean,
 * UINT16 as UInt16. A write must carry a value of the tag's kind (IEC 62541-4, 5.10.4: otherwise
 * Bad_TypeMismatch); numbers are accepted in any numeric type because HMIs and scripts often send
 * a Float or an Int32 for a Double node, and the range check that follows catches nonsense.
 */
public final class TagValueCodec {

    private TagValueCodec() {
    }

    static NodeId dataType(TagDef tag) {
        return switch (tag.type()) {
            case REAL -> NodeIds.Double;
            case BOOL -> NodeIds.Boolean;
            case UINT16 -> NodeIds.UInt16;
        };
    }

    public static Variant encode(TagDef tag, double value) {
        return switch (tag.type()) {
            case REAL -> new Variant(value);
            case BOOL -> new Variant(value >= 0.5);
            case UINT16 -> new Variant(ushort((int) Math.max(0, Math.min(65_535, Math.round(value)))));
        };
    }

    /** The written value as a double, or empty when its type does not fit the tag. */
    static OptionalDouble decode(TagDef tag, Variant variant) {
        Object value = variant.getValue();
        if (tag.type() == DataType.BOOL) {
            return value instanceof Boolean b ? OptionalDouble.of(b ? 1 : 0) : OptionalDouble.empty();
        }
        // Number covers Milo's unsigned types (UNumber) too.
        if (value instanceof Number number) {
            return OptionalDouble.of(number.doubleValue());
        }
        return OptionalDouble.empty();
    }
}
