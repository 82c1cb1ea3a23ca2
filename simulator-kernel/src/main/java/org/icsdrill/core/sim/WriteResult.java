package org.icsdrill.core.sim;

/** The outcome of queueing a write; endpoints map it to their protocol's error codes. */
public enum WriteResult {
    ACCEPTED,
    UNKNOWN_TAG,
    /** A field signal or a read-only tag. */
    READ_ONLY,
    /** Outside the tag's range, or not a valid value of its type. */
    OUT_OF_RANGE,
    /** Too many writes waiting for the next tick. */
    QUEUE_FULL,
    /** The source is blocked at this endpoint (isolated host). */
    BLOCKED
}
