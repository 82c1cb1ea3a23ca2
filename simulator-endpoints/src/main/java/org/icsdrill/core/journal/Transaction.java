package org.icsdrill.core.journal;

import java.time.Instant;
import org.icsdrill.api.TrafficOutcome;

/**
 * One request an endpoint served, as a sensor on the wire would see it plus what the server did.
 *
 * @param plantTimeSeconds plant time of the view the request was served from
 * @param source           the client's address and port, {@code 127.0.0.66:50122}
 * @param protocol         {@code modbus} or {@code opcua}
 * @param function         function code or service, {@code FC03 read holding registers}, {@code Write}
 * @param address          register range or node, {@code holding_register 0+10}, {@code ns=2;s=...}
 * @param values           the values read or written, as text
 * @param result           {@code ok} or the error returned, {@code exception 02 illegal data address}
 * @param outcome          answered, refused or dropped: said by the endpoint that knows what the network
 *                         path did, so that a dropped answer never reads as {@code ok}
 */
public record Transaction(
        double plantTimeSeconds,
        Instant wallTime,
        String plant,
        String source,
        String protocol,
        String function,
        String address,
        String values,
        String result,
        TrafficOutcome outcome) {

    public boolean isWrite() {
        return function.contains("write") || function.contains("Write");
    }
}
