package org.icsdrill.evidence.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exports a record in the layout of the HAI and SWaT data sets: one row per plant-second,
 * {@code timestamp}, one column per tag, then {@code attack} and {@code <plant>_attack} labels.
 * Tag columns are {@code <plant>.<tag>}: by default the network view (what a SCADA server, an HMI
 * or a sensor on the wire saw, as those data sets record it); {@link Values#TRUE} gives the
 * physics instead, {@link Values#BOTH} both, suffixed {@code :view} and {@code :true}. Labels are
 * 1 from an attack's start second up to, not including, its stop second, as {@code labels.csv}.
 * docs/record.md documents the header.
 */
public final class ExportCsv {

    /** Which value of each tag goes into the file. */
    public enum Values {
        VIEW,
        TRUE,
        BOTH;

        public static Values parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    private ExportCsv() {
    }

    /** The header for a record: {@code timestamp,<plant>.<tag>...,attack,<plant>_attack...}. */
    public static List<String> header(RecordReader record, Values values) {
        List<String> header = new ArrayList<>();
        header.add("timestamp");
        for (String plant : record.plants()) {
            for (String tag : record.tags(plant)) {
                String name = plant + "." + tag;
                switch (values) {
                    case VIEW, TRUE -> header.add(name);
                    case BOTH -> {
                        header.add(name + ":view");
                        header.add(name + ":true");
                    }
                }
            }
        }
        header.add("attack");
        record.plants().forEach(p -> header.add(p + "_attack"));
        return header;
    }

    /** Writes the CSV; returns the number of data rows. */
    public static long write(RecordReader record, Values values, Writer out) {
        List<String> plants = record.plants();
        List<RecordReader.Attack> attacks = record.attacks();
        Instant start = record.startTime();
        long[] rows = new long[1];
        try {
            out.write(String.join(",", header(record, values)));
            out.write('\n');
            StringBuilder line = new StringBuilder(4096);
            IOException[] failure = new IOException[1];
            record.historianRows((second, sample) -> {
                if (failure[0] != null) {
                    return;
                }
                line.setLength(0);
                line.append(start.plusSeconds(second));
                for (int i = 0; i < sample.length; i += 2) {
                    if (values != Values.TRUE) {
                        line.append(',');
                        append(line, sample[i]);
                    }
                    if (values != Values.VIEW) {
                        line.append(',');
                        append(line, sample[i + 1]);
                    }
                }
                int any = 0;
                int[] perPlant = new int[plants.size()];
                for (RecordReader.Attack attack : attacks) {
                    if (attack.covers(second)) {
                        any = 1;
                        for (int p = 0; p < plants.size(); p++) {
                            if (attack.plants().contains(plants.get(p))) {
                                perPlant[p] = 1;
                            }
                        }
                    }
                }
                line.append(',').append(any);
                for (int flag : perPlant) {
                    line.append(',').append(flag);
                }
                line.append('\n');
                try {
                    out.append(line);
                    rows[0]++;
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the CSV export failed", e);
        }
        return rows[0];
    }

    /** As the historian: whole numbers without ".0", others shortest round-trip; empty for NaN. */
    private static void append(StringBuilder line, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            line.append((long) value);
        } else {
            line.append(value);
        }
    }
}
