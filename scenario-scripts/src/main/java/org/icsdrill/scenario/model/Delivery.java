package org.icsdrill.scenario.model;

import java.util.Locale;

/** How an attack reaches the plant; {@code attacks.jsonl} names it (docs/scenarios.md, ground truth). */
public enum Delivery {
    /** Real requests on the wire from one host's address (Modbus/TCP, OPC UA). */
    NETWORK,
    /** Inside the controller: its program, parameters or view layer; nothing on the wire. */
    CONTROLLER,
    /** Between the field and the PLC input image: an instrument reports false values. */
    INSTRUMENT,
    /** On the path between hosts and endpoints: other hosts' requests are dropped or go unanswered. */
    NETWORK_PATH;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
