package org.icsdrill.core.sim;

/** A queued change of one tag in controller memory, and who asked for it. */
public record TagWrite(int tagIndex, double value, String source) {
}
