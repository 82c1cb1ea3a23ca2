package org.icsdrill.evidence.record;

import static org.icsdrill.evidence.record.RecordQuery.real;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code tag} table: a plant's tags in historian column order (the table's row order). */
final class TagReader {

    private final RecordQuery query;

    TagReader(RecordQuery query) {
        this.query = query;
    }

    List<String> tags(String plant) {
        List<String> tags = new ArrayList<>();
        query.each("SELECT name FROM tag WHERE plant = ? ORDER BY rowid", rs -> tags.add(rs.getString(1)), plant);
        return tags;
    }

    /** With NaN alarm limits in a record of format 1, which had no limit columns. */
    List<TagInfo> tagInfo(String plant) {
        boolean limits = query.columns("tag").contains("high_high");
        List<TagInfo> tags = new ArrayList<>();
        query.each("SELECT plant, name, unit, description, min, max, "
                + (limits ? "high_high, high, low, low_low" : "NULL, NULL, NULL, NULL")
                + " FROM tag WHERE plant = ? ORDER BY rowid", rs -> tags.add(new TagInfo(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6),
                        real(rs, 7), real(rs, 8), real(rs, 9), real(rs, 10))), plant);
        return tags;
    }
}
