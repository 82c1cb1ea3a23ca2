package org.icsdrill.core.modbus;

import java.util.HashMap;
import java.util.Map;

/**
 * The server's connection caps: at most {@code max} connections in all and {@code perSource} from one
 * address, so a flood from one host cannot lock the SCADA poller out. Thread-safe.
 */
final class ConnectionSlots {

    private final int max;
    private final int perSource;
    private final Map<String, Integer> bySource = new HashMap<>();
    private int total;

    ConnectionSlots(int max, int perSource) {
        this.max = max;
        this.perSource = perSource;
    }

    /** Takes a slot for a connection from {@code host}; false when a cap is reached. */
    synchronized boolean take(String host) {
        int fromHost = bySource.getOrDefault(host, 0);
        if (total >= max || fromHost >= perSource) {
            return false;
        }
        total++;
        bySource.put(host, fromHost + 1);
        return true;
    }

    synchronized void release(String host) {
        total--;
        bySource.merge(host, -1, (a, b) -> a + b == 0 ? null : a + b);
    }
}
