package org.icsdrill.ui.opcua;

/**
 * The server's answer to a write: the status code by name, as an operator reads it in a manual.
 * A Good write is queued by the simulator and applied at its next tick (ADR 3).
 */
public record WriteOutcome(boolean good, String status) {
}
