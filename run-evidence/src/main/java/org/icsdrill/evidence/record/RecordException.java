package org.icsdrill.evidence.record;

/** The exercise record cannot be opened, written or read. */
public final class RecordException extends RuntimeException {

    public RecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public RecordException(String message) {
        super(message);
    }
}
