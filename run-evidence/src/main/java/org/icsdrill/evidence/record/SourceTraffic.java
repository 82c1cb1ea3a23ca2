package org.icsdrill.evidence.record;

import java.util.List;

/**
 * The requests one host sent the endpoints ({@code txn}), as the network monitor shows them: how many, the
 * first and last plant time, and the protocols ({@code modbus}, {@code opcua}) in name order.
 */
public record SourceTraffic(String address, long count, double first, double last, List<String> protocols) {

    public SourceTraffic {
        protocols = List.copyOf(protocols);
    }
}
