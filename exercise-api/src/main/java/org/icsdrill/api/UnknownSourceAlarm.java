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
    private static final String UNUSUAL = "write in a protocol its host does not speak, from ";

    private UnknownSourceAlarm() {
    }

    /** "write from unknown source 127.0.0.66: write_single_register 40001 (ok)". */
    public static String message(String host, String detail) {
        return PREFIX + host + ": " + detail;
    }

    /**
     * "write in a protocol its host does not speak, from 127.0.0.1: ...": a known host out of its role,
     * the trainees' HMI station (which speaks OPC UA) sending Modbus.
     */
    public static String unusual(String host, String detail) {
        return UNUSUAL + host + ": " + detail;
    }

    /** Whether {@code message} is of a known host out of its role ({@link #unusual}), not an unknown one. */
    public static boolean isUnusual(String message) {
        return message.startsWith(UNUSUAL);
    }

    /** What follows the English words in {@code message}, "127.0.0.66: ..."; the whole message if it has none. */
    public static String detail(String message) {
        return message.startsWith(PREFIX) ? message.substring(PREFIX.length())
                : isUnusual(message) ? message.substring(UNUSUAL.length()) : message;
    }
}
