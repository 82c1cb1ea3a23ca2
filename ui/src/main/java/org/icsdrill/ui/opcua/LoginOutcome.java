package org.icsdrill.ui.opcua;

/**
 * How a console login went: accepted or the server's status name, and whether the user may run the
 * exercise (the server lets them read the ground-truth timeline only if they are an instructor).
 */
public record LoginOutcome(boolean ok, String status, String user, boolean instructor) {
}
