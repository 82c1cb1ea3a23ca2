package org.icsdrill.ui.opcua;

/**
 * An exercise-control call's answer as the console shows it: whether it was carried out, and what
 * was done or why not, already in the console's language.
 */
public record CallOutcome(boolean accepted, String message) {
}
