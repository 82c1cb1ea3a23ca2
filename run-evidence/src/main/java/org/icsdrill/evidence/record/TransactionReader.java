package org.icsdrill.evidence.record;

import java.util.Map;

/** Reads the transaction journal ({@code txn}): who talked to the plants. */
final class TransactionReader {

    private final RecordQuery query;

    TransactionReader(RecordQuery query) {
        this.query = query;
    }

    /** Per host, the port cut off: a client's ports change with each connection. Most first. */
    Map<String, Long> countsBySource() {
        return query.counts("SELECT CASE WHEN instr(source, ':') > 0 THEN substr(source, 1, instr(source, ':') - 1)"
                + " ELSE source END AS host, count(*) AS n FROM txn GROUP BY host ORDER BY n DESC, host");
    }

    /** Per outcome ({@code answered}, {@code refused}, {@code dropped}); a record before format 4 has none. */
    Map<String, Long> countsByOutcome(int formatVersion) {
        return formatVersion < 4 ? Map.of()
                : query.counts("SELECT outcome, count(*) AS n FROM txn GROUP BY outcome ORDER BY n DESC, outcome");
    }
}
