package org.icsdrill.core.tag;

/** Who may change a tag over the network; the OPC UA endpoint maps these to user roles. */
public enum Access {
    READ_ONLY,
    OPERATOR,
    ENGINEER;

    public boolean isWritable() {
        return this != READ_ONLY;
    }
}
