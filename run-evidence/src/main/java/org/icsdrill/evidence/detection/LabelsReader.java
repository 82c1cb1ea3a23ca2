package org.icsdrill.evidence.detection;

import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import org.icsdrill.evidence.truth.LabelWriter;

/**
 * Reads the {@code attack} column of a run's {@code labels.csv}
 * ({@code timestamp,attack,<plant>_attack...,technique,step,stage}, one row per plant-second), and on a coupled
 * run its {@code <plant>_impact} columns as one flag per second. The rows must follow each other one second
 * apart, as a run writes them; the scorer counts seconds by row.
 */
public final class LabelsReader {

    private LabelsReader() {
    }

    public static LabelSeries read(Path file) throws ScoreInputException {
        BitSet attack = new BitSet();
        BitSet impact = new BitSet();
        java.util.List<Integer> impactColumns = new java.util.ArrayList<>();
        Instant[] first = {null};
        Instant[] previous = {null};
        int[] rows = {0};
        TextFiles.forEachLine(file, (number, text) -> {
            if (number == 1) {
                if (!text.startsWith("timestamp,attack")) {
                    throw ScoreInputException.at(file, 1, "expected the header 'timestamp,attack,...' of labels.csv,"
                            + " got '" + abbreviate(text) + "'");
                }
                String[] names = text.split(",", -1);
                for (int c = 2; c < names.length; c++) {
                    if (names[c].endsWith(LabelWriter.IMPACT_SUFFIX)) {
                        impactColumns.add(c);
                    }
                }
                return;
            }
            if (text.isBlank()) {
                return;
            }
            String[] fields = text.split(",", -1);
            if (fields.length < 2) {
                throw ScoreInputException.at(file, number, "expected timestamp,attack,..., got '" + abbreviate(text)
                        + "'");
            }
            Instant time;
            try {
                time = Timestamps.parse(fields[0]);
            } catch (IllegalArgumentException e) {
                throw ScoreInputException.at(file, number, e.getMessage());
            }
            if (previous[0] != null && !time.equals(previous[0].plusSeconds(1))) {
                throw ScoreInputException.at(file, number, "expected the row of " + previous[0].plusSeconds(1)
                        + " (one row per second), got " + time);
            }
            boolean flag = switch (fields[1].trim()) {
                case "0" -> false;
                case "1" -> true;
                default -> throw ScoreInputException.at(file, number, "attack must be 0 or 1, got '" + fields[1] + "'");
            };
            if (first[0] == null) {
                first[0] = time;
            }
            attack.set(rows[0], flag);
            for (int c : impactColumns) {
                if (c < fields.length && fields[c].trim().equals("1")) {
                    impact.set(rows[0]);
                }
            }
            rows[0]++;
            previous[0] = time;
        });
        if (first[0] == null) {
            throw ScoreInputException.of(file, "no labelled seconds; is this a run's labels.csv?");
        }
        return new LabelSeries(first[0], rows[0], attack, impact);
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
