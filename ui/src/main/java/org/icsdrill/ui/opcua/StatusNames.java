package org.icsdrill.ui.opcua;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** OPC UA status codes by their IEC 62541-4 names (Bad_UserAccessDenied), with the hex code as fallback. */
public final class StatusNames {

    private StatusNames() {
    }

    public static String of(StatusCode status) {
        return of(status.getValue());
    }

    public static String of(long code) {
        if ((code & 0xFFFF0000L) == 0) {
            return "Good";
        }
        return StatusCodes.lookup(code & 0xFFFF0000L).map(names -> names[0])
                .orElse(String.format("0x%08X", code));
    }
}
