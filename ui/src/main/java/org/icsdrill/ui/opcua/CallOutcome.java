package org.icsdrill.ui.opcua;

/**
 * The server's answer to an exercise-control call: whether it was carried out and the server's
 * message (what was done, or why not), or the status name when the call itself was refused
 * ({@code Bad_UserAccessDenied} without the role).
 */
public record CallOutcome(boolean accepted, String message) {
}
