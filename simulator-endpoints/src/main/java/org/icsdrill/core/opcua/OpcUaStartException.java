package org.icsdrill.core.opcua;

/** The OPC UA endpoint could not start; the message says why in terms a user can act on. */
public final class OpcUaStartException extends Exception {

    public OpcUaStartException(String message) {
        super(message);
    }

    public OpcUaStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
