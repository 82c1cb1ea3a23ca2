package org.icsdrill.api;

/** Which kept requests a network monitor asks for ({@link TrafficQuery}). */
public enum TrafficKind {
    /** Every request. */
    ALL,
    WRITES,
    /** Requests from hosts that do not belong on the network, or in a protocol their host does not speak. */
    UNKNOWN_HOST,
    REFUSED,
    DROPPED;

    public boolean matches(TrafficItem item) {
        return switch (this) {
            case ALL -> true;
            case WRITES -> item.write();
            case UNKNOWN_HOST -> item.flagged();
            case REFUSED -> item.outcome() == TrafficOutcome.REFUSED;
            case DROPPED -> item.outcome() == TrafficOutcome.DROPPED;
        };
    }

    /** The kind named {@code text} ({@code writes}, {@code UNKNOWN_HOST}); {@link #ALL} for blank text. */
    public static TrafficKind parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
