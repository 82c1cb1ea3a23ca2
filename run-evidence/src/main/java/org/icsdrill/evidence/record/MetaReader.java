package org.icsdrill.evidence.record;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code meta}: what the run was (scenario, seed, clock, plants) and whether it closed cleanly. */
final class MetaReader {

    private final RecordQuery query;

    MetaReader(RecordQuery query) {
        this.query = query;
    }

    Map<String, String> meta() {
        Map<String, String> meta = new LinkedHashMap<>();
        query.each("SELECT key, value FROM meta", rs -> meta.put(rs.getString(1), rs.getString(2)));
        return meta;
    }

    /** A record cut short has no {@code closed_at}. */
    boolean closedCleanly() {
        return meta().containsKey("closed_at");
    }

    List<String> plants() {
        String plants = meta().getOrDefault("plants", "");
        return plants.isEmpty() ? List.of() : List.of(plants.split(","));
    }

    Instant startTime() {
        return Instant.parse(meta().get("start_time"));
    }

    /** Format 1 did not write its version. */
    int formatVersion() {
        return Integer.parseInt(meta().getOrDefault("format_version", "1"));
    }
}
