package org.icsdrill.evidence.record;

import static org.icsdrill.evidence.record.RecordQuery.real;
import static org.icsdrill.evidence.record.RecordSchema.historianTable;
import static org.icsdrill.evidence.record.RecordSchema.quote;
import static org.icsdrill.evidence.record.RecordSchema.trueColumn;
import static org.icsdrill.evidence.record.RecordSchema.viewColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the historian tables ({@code historian_<plant>}, a row per plant-second): a plant's range of
 * seconds, one tag's samples, or every plant's rows joined on the second for the exports.
 */
final class HistorianReader {

    private final RecordQuery query;
    private final MetaReader meta;
    private final TagReader tags;

    HistorianReader(RecordQuery query, MetaReader meta, TagReader tags) {
        this.query = query;
        this.meta = meta;
        this.tags = tags;
    }

    /** The first and last plant second; empty if the plant has no rows. */
    Optional<long[]> historianRange(String plant) {
        long[][] range = new long[1][];
        query.each("SELECT min(t), max(t), count(*) FROM " + quote(historianTable(plant)), rs -> {
            if (rs.getLong(3) > 0) {
                range[0] = new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        return Optional.ofNullable(range[0]);
    }

    List<RecordReader.Sample> series(String plant, String tag, long from, long to) {
        if (!tags.tags(plant).contains(tag)) {
            throw new IllegalArgumentException("no tag '" + tag + "' in plant '" + plant + "' of this record");
        }
        List<RecordReader.Sample> samples = new ArrayList<>();
        query.each("SELECT t, " + quote(viewColumn(tag)) + ", " + quote(trueColumn(tag)) + " FROM "
                + quote(historianTable(plant)) + " WHERE t BETWEEN ? AND ? ORDER BY t",
                rs -> samples.add(new RecordReader.Sample(rs.getLong(1), real(rs, 2), real(rs, 3))), from, to);
        return samples;
    }

    /** One query joining every plant's table on {@code t}, streamed row by row: fit for a day's run. */
    void historianRows(RecordReader.RowConsumer consumer) {
        List<String> plants = meta.plants();
        int width = 0;
        StringBuilder columns = new StringBuilder("h0.t");
        StringBuilder from = new StringBuilder();
        for (int p = 0; p < plants.size(); p++) {
            String alias = "h" + p;
            for (String tag : tags.tags(plants.get(p))) {
                columns.append(", ").append(alias).append('.').append(quote(viewColumn(tag)));
                columns.append(", ").append(alias).append('.').append(quote(trueColumn(tag)));
                width += 2;
            }
            String table = quote(historianTable(plants.get(p))) + " " + alias;
            from.append(p == 0 ? table : " JOIN " + table + " ON " + alias + ".t = h0.t");
        }
        int n = width;
        query.each("SELECT " + columns + " FROM " + from + " ORDER BY h0.t", rs -> {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = real(rs, i + 2);
            }
            consumer.accept(rs.getLong(1), values);
        });
    }
}
