package org.icsdrill.evidence.stix;

/** A bundle that cannot be written from this record, said in one line (the command prints it and exits 1). */
public final class StixException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StixException(String message) {
        super(message);
    }
}
