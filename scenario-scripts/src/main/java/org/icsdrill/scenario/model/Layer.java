package org.icsdrill.scenario.model;

/** Where along a signal's path an attack acts (design notes, "One signal, four layers"). */
public enum Layer {
    /** Between physics and the PLC input image: what the PLC believes it measures. */
    INSTRUMENT,
    /** The PLC program and its parameters. */
    PLC,
    /** What SCADA and the HMI see, after the PLC: the operator's picture. */
    VIEW,
    /** The network path between hosts and endpoints. */
    NETWORK
}
