package org.icsdrill.evidence.record;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.ExpectedAction;

/**
 * Reads the scenario's expectations back as the scenario model has them: the {@code expectation}
 * table and the {@code limit_*} keys of {@code meta}. Reads formats 2 and 3; format 1 has none.
 */
final class ExpectationReader {

    private final RecordQuery query;

    ExpectationReader(RecordQuery query) {
        this.query = query;
    }

    Expectations expectations(Map<String, String> meta) {
        Expectations.Limits limits = new Expectations.Limits(Boolean.parseBoolean(meta.get("limit_no_damage")),
                Boolean.parseBoolean(meta.get("limit_no_trip")));
        List<Expectations.Detect> detect = new ArrayList<>();
        List<Expectations.Respond> respond = new ArrayList<>();
        if (query.hasTable("expectation")) {
            query.each("SELECT type, attack, within_seconds, technique, actions FROM expectation ORDER BY id", rs -> {
                Duration within = Duration.ofMillis(Math.round(rs.getDouble(3) * 1000));
                if ("detect".equals(rs.getString(1))) {
                    detect.add(new Expectations.Detect(rs.getString(2), within, rs.getInt(4) == 1));
                } else {
                    respond.add(new Expectations.Respond(rs.getString(2), within,
                            RecordQuery.split(rs.getString(5)).stream().map(ExpectationReader::expectedAction)
                                    .toList()));
                }
            });
        }
        return new Expectations(detect, respond, limits);
    }

    /**
     * An expected action as the {@code expectation} table keeps it: {@code isolate_host:127.0.0.66}
     * (format 3), or the bare action (format 2), which accepts any target.
     */
    static ExpectedAction expectedAction(String text) {
        int colon = text.indexOf(':');
        String action = colon < 0 ? text : text.substring(0, colon);
        return new ExpectedAction(ResponseAction.valueOf(action.strip().toUpperCase(Locale.ROOT)),
                colon < 0 ? "" : text.substring(colon + 1));
    }
}
