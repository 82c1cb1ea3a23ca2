package org.icsdrill.ui.opcua;

import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

/**
 * A tag write in a given session, answered with the server's status by name. The console checks
 * only the form of a value; range and role are the server's decisions (ADR 3), shown as answered.
 */
final class TagWrites {

    private TagWrites() {
    }

    /** Writes {@code value} (Double, Boolean or Integer), converted to the tag's type; blocks. */
    static WriteOutcome write(OpcUaClient session, PlantNodes nodes, TagInfo tag, Object value) {
        try {
            StatusCode status = session.writeValues(List.of(nodes.tag(tag)),
                    List.of(DataValue.valueOnly(new Variant(convert(tag, value))))).get(0);
            return new WriteOutcome(status.isGood(), StatusNames.of(status));
        } catch (UaException e) {
            return new WriteOutcome(false, StatusNames.of(e.getStatusCode()));
        } catch (IllegalArgumentException e) {
            return new WriteOutcome(false, "Bad_TypeMismatch");
        }
    }

    private static Object convert(TagInfo tag, Object value) {
        double number = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
        return switch (tag.type()) {
            case REAL -> number;
            case BOOL -> number != 0;
            case UINT16 -> {
                if (number < 0 || number > 65535 || number != Math.rint(number)) {
                    throw new IllegalArgumentException("not a UInt16: " + number);
                }
                yield UShort.valueOf((int) number);
            }
        };
    }
}
