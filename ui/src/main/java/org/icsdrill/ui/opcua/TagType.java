package org.icsdrill.ui.opcua;

/** The three data types the simulator's address space uses (ADR 3): REAL as Double, BOOL, UINT16. */
public enum TagType {
    REAL, BOOL, UINT16
}
