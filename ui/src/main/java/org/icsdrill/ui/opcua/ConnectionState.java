package org.icsdrill.ui.opcua;

/** How the console's connection to the simulator stands, as its status line says. */
public enum ConnectionState {
    /** Subscribed, values arriving. */
    CONNECTED,
    /** The session is gone (the simulator stopped, the network failed): values are the last ones, marked stale, while the client reconnects by itself. */
    LOST,
    /** The server answers again and the console subscribes anew (a restarted server has forgotten its subscriptions). */
    RESUBSCRIBING
}
