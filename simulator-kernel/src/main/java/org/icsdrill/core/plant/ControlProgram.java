package org.icsdrill.core.plant;

/**
 * A PLC or safety-system program: one scan reads the input image and memory and writes outputs.
 * The running program can be swapped at run time (ATT&CK for ICS T0889, Modify Program) and the
 * golden copy restored, without touching the plant's classes.
 */
public interface ControlProgram {

    /** A name that says which program this is, shown when it is swapped or restored. */
    String name();

    /** Called once before the first scan, to start loops bumplessly from the initial state. */
    default void start(ControllerMemory memory) {
    }

    void scan(ControllerMemory memory, double dtSeconds);
}
