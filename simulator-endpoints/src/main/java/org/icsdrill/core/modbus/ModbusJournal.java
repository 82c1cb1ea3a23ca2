package org.icsdrill.core.modbus;

import java.time.Instant;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.sim.PlantRuntime;

/**
 * What the Modbus server tells the transaction journal, at the plant time of the view it serves
 * from: every request served, and every connection refused or cut by the network path.
 */
final class ModbusJournal {

    private final PlantRuntime plant;
    private final TransactionJournal journal;

    ModbusJournal(PlantRuntime plant, TransactionJournal journal) {
        this.plant = plant;
        this.journal = journal;
    }

    /** A connection event: {@code connect} refused, {@code disconnect} by the network path. */
    void connection(String source, String function, String result, TrafficOutcome outcome) {
        record(source, function, "", "", result, outcome);
    }

    void request(String source, RequestLog log) {
        record(source, log.function, log.address, log.values.toString(), log.result, log.outcome);
    }

    private void record(String source, String function, String address, String values, String result,
                        TrafficOutcome outcome) {
        journal.record(new Transaction(plant.view().plantTimeSeconds(), Instant.now(), plant.id(), source, "modbus",
                function, address, values, result, outcome));
    }
}
