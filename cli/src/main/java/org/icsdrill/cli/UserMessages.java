package org.icsdrill.cli;

import java.net.BindException;

/** Turns an exception into one line a user can act on; stack traces go to the log only. */
final class UserMessages {

    private UserMessages() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof BindException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof BindException) {
            return "cannot listen: " + root.getMessage() + " (is another icsdrill running? choose ports with"
                    + " --modbus-port and --opcua-port)";
        }
        String message = e.getMessage() != null ? e.getMessage() : root.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }
}
