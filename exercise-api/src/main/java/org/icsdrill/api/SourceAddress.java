package org.icsdrill.api;

/** A client's source as the journal writes it: {@code address:port}, or {@code [v6]:port}. */
public final class SourceAddress {

    private SourceAddress() {
    }

    /** The address of {@code 127.0.0.66:50122} (or of an IPv6 {@code [::1]:50122}). */
    public static String hostOf(String source) {
        if (source.startsWith("[")) {
            int end = source.indexOf(']');
            return end > 0 ? source.substring(1, end) : source;
        }
        int colon = source.lastIndexOf(':');
        return colon > 0 && source.indexOf(':') == colon ? source.substring(0, colon) : source;
    }
}
