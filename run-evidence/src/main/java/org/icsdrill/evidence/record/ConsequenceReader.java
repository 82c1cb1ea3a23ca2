package org.icsdrill.evidence.record;

import static org.icsdrill.evidence.record.RecordSchema.historianTable;
import static org.icsdrill.evidence.record.RecordSchema.quote;
import static org.icsdrill.evidence.record.RecordSchema.trueColumn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the exercise did to the plants: trips and damage from {@code plant_status}, and the
 * seconds their true values spent at or beyond the high-high and low-low alarm limits. A record of
 * format 1 has neither the status table nor the limits, so it reads as none of both.
 */
final class ConsequenceReader {

    private final RecordQuery query;
    private final TagReader tags;

    ConsequenceReader(RecordQuery query, TagReader tags) {
        this.query = query;
        this.tags = tags;
    }

    List<StatusChange> statusChanges() {
        List<StatusChange> rows = new ArrayList<>();
        if (query.hasTable("plant_status")) {
            query.each("SELECT plant_time, plant, status, trip, damage FROM plant_status ORDER BY plant_time, id",
                    rs -> rows.add(new StatusChange(rs.getDouble(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4) == 1, Optional.ofNullable(rs.getString(5)))));
        }
        return rows;
    }

    /** Seconds in which any tag was out of its limits, counted once however many tags were. */
    long secondsOutOfLimits(String plant) {
        List<String> conditions = new ArrayList<>();
        List<Object> limits = new ArrayList<>();
        for (TagInfo tag : tags.tagInfo(plant)) {
            String column = quote(trueColumn(tag.name()));
            if (!Double.isNaN(tag.highHigh())) {
                conditions.add(column + " >= ?");
                limits.add(tag.highHigh());
            }
            if (!Double.isNaN(tag.lowLow())) {
                conditions.add(column + " <= ?");
                limits.add(tag.lowLow());
            }
        }
        if (conditions.isEmpty()) {
            return 0;
        }
        return query.wholeNumber("SELECT count(*) FROM " + quote(historianTable(plant)) + " WHERE "
                + String.join(" OR ", conditions), limits.toArray());
    }

    /** In one pass over the historian: two sums per limited tag, above and below. */
    List<LimitExcursion> limitExcursions(String plant) {
        List<TagInfo> limited = tags.tagInfo(plant).stream()
                .filter(t -> !Double.isNaN(t.highHigh()) || !Double.isNaN(t.lowLow())).toList();
        if (limited.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        List<Object> limits = new ArrayList<>();
        for (int i = 0; i < limited.size(); i++) {
            TagInfo tag = limited.get(i);
            String column = quote(trueColumn(tag.name()));
            sql.append(i == 0 ? "" : ", ").append("coalesce(sum(").append(column).append(" >= ?), 0), coalesce(sum(")
                    .append(column).append(" <= ?), 0)");
            limits.add(Double.isNaN(tag.highHigh()) ? null : tag.highHigh());
            limits.add(Double.isNaN(tag.lowLow()) ? null : tag.lowLow());
        }
        sql.append(" FROM ").append(quote(historianTable(plant)));
        List<LimitExcursion> excursions = new ArrayList<>();
        query.each(sql.toString(), rs -> {
            for (int i = 0; i < limited.size(); i++) {
                long above = rs.getLong(2 * i + 1);
                long below = rs.getLong(2 * i + 2);
                if (above + below > 0) {
                    excursions.add(new LimitExcursion(limited.get(i), above, below));
                }
            }
        }, limits.toArray());
        excursions.sort(Comparator.comparingLong(LimitExcursion::seconds).reversed());
        return excursions;
    }
}
