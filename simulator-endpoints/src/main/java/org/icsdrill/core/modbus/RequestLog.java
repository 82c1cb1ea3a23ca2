package org.icsdrill.core.modbus;

import org.icsdrill.api.TrafficOutcome;

/** What the handler did with one request, filled in as it goes, for the transaction journal. */
final class RequestLog {
    String function = "";
    String address = "";
    final StringBuilder values = new StringBuilder();
    String result = "ok";
    TrafficOutcome outcome = TrafficOutcome.ANSWERED;
    boolean write;

    void reset() {
        function = "";
        address = "";
        values.setLength(0);
        result = "ok";
        outcome = TrafficOutcome.ANSWERED;
        write = false;
    }

    void range(RegisterTable table, int start, int quantity) {
        address = table.csvName() + " " + start + "+" + quantity;
    }
}
