package org.icsdrill.core.opcua;

/**
 * What one OPC UA server grants, so a flood of sessions or monitored items cannot exhaust it; a
 * client past a limit gets Bad_TooManySessions, Bad_TooManySubscriptions or Bad_TooManyMonitoredItems
 * (IEC 62541-4, 5.6.2, 5.13.2, 5.12.2). The defaults allow the documented load of 20 sessions of
 * 1,000 monitored items with room to spare.
 */
public record OpcUaLimits(int maxSessions, int maxSubscriptionsPerSession, int maxMonitoredItemsPerSession) {

    public static final OpcUaLimits DEFAULT = new OpcUaLimits(64, 10, 10_000);

    public OpcUaLimits {
        if (maxSessions < 1 || maxSubscriptionsPerSession < 1 || maxMonitoredItemsPerSession < 1) {
            throw new IllegalArgumentException("OPC UA limits must be at least 1");
        }
    }
}
