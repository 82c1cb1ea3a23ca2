package org.icsdrill.api;

/**
 * The alarm a plant raises when a write reaches it from a host the site does not know: its tag, and
 * its message, English in the record and the journal, whose detail (host, function, address, result)
 * a console puts into its own language.
 */
public final class UnknownSourceAlarm {

    /** The alarm's tag: not a plant tag, so it names no register. */
    public static final String TAG = "NET.UNKNOWN_SOURCE";

    private static final String PREFIX = "write from unknown source ";

    private UnknownSourceAlarm() {
    }

    /** "write from unknown source 127.0.0.66: write_single_register 40001 (ok)". */
    public static String message(String host, String detail) {
        return PREFIX + host + ": " + detail;
    }

    /** What follows the English words in {@code message}, "127.0.0.66: ..."; the whole message if it has none. */
    public static String detail(String message) {
        return message.startsWith(PREFIX) ? message.substring(PREFIX.length()) : message;
    }
}
