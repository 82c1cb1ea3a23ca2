package org.icsdrill.evidence.record;

import java.util.List;
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

    /** What {@code address} sent: empty when it sent nothing. */
    java.util.Optional<SourceTraffic> from(String address) {
        SourceTraffic[] found = new SourceTraffic[1];
        String like = address.replace("%", "").replace("_", "") + ":%";
        query.each("SELECT count(*), min(plant_time), max(plant_time) FROM txn WHERE source LIKE ?", rs -> {
            if (rs.getLong(1) > 0) {
                found[0] = new SourceTraffic(address, rs.getLong(1), rs.getDouble(2), rs.getDouble(3), List.of());
            }
        }, like);
        if (found[0] == null) {
            return java.util.Optional.empty();
        }
        List<String> protocols = new java.util.ArrayList<>();
        query.each("SELECT DISTINCT protocol FROM txn WHERE source LIKE ? ORDER BY protocol",
                rs -> protocols.add(rs.getString(1)), like);
        SourceTraffic t = found[0];
        return java.util.Optional.of(new SourceTraffic(address, t.count(), t.first(), t.last(), protocols));
    }

    /** Per outcome ({@code answered}, {@code refused}, {@code dropped}); a record before format 4 has none. */
    Map<String, Long> countsByOutcome(int formatVersion) {
        return formatVersion < 4 ? Map.of()
                : query.counts("SELECT outcome, count(*) AS n FROM txn GROUP BY outcome ORDER BY n DESC, outcome");
    }
}
