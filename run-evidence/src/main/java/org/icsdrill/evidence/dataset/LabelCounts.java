package org.icsdrill.evidence.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.icsdrill.core.output.Compression;

/**
 * A run's labels.csv counted: its rows (plant seconds), the seconds labelled attacked, the seconds each attack
 * (its {@code step} id) was labelled, and how many times each kill chain stage was reached.
 *
 * @param attackSeconds seconds per attack id, in id order
 * @param stages        reaches per stage id, in id order
 */
public record LabelCounts(long rows, long attacked, Map<String, Long> attackSeconds, Map<String, Long> stages) {

    public LabelCounts {
        attackSeconds = Map.copyOf(attackSeconds);
        stages = Map.copyOf(stages);
    }

    /** Counts a run's {@code labels.csv}, plain or compressed ({@link Compression}); none when it has none. */
    public static LabelCounts of(Path run) throws IOException {
        Path labels = run.resolve("labels.csv");
        return Compression.find(labels).isPresent() ? read(Compression.open(labels))
                : new LabelCounts(0, 0, Map.of(), Map.of());
    }

    private static LabelCounts read(InputStream in) throws IOException {
        Map<String, Long> attacks = new TreeMap<>();
        Map<String, Long> stages = new TreeMap<>();
        long rows = 0;
        long attacked = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                return new LabelCounts(0, 0, Map.of(), Map.of());
            }
            List<String> header = List.of(headerLine.split(",", -1));
            int attack = header.indexOf("attack");
            int step = header.indexOf("step");
            int stage = header.indexOf("stage");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                rows++;
                if (attack >= 0 && "1".equals(fields[attack])) {
                    attacked++;
                }
                count(fields, step, attacks);
                count(fields, stage, stages);
            }
        }
        return new LabelCounts(rows, attacked, attacks, stages);
    }

    /** Each id of a {@code ;}-separated column, counted once per row. */
    private static void count(String[] fields, int column, Map<String, Long> counts) {
        if (column < 0 || column >= fields.length || fields[column].isEmpty()) {
            return;
        }
        for (String id : fields[column].split(";")) {
            counts.merge(id, 1L, Long::sum);
        }
    }
}
