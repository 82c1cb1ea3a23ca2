package org.icsdrill.evidence.record;

/**
 * A trainee's response action ({@code response_action} table); {@code action} as written, e.g.
 * {@code isolate_host}, which {@link org.icsdrill.api.ResponseRule} reads.
 */
public record ActionTaken(double plantTime, String wallTime, String trainee, String action, String target,
                          String detail) {
}
