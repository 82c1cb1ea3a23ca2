package org.icsdrill.scenario.load;

/** A malformed condition, with the 0-based character offset of the problem in the condition text. */
public final class ConditionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public ConditionException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
