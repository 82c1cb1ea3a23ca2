package org.icsdrill.evidence.detection;

import java.util.List;
import java.util.Locale;

/** A plain-text table for the scores printed on a terminal: columns padded to their widest cell. */
public final class TextTable {

    private TextTable() {
    }

    /** Appends {@code rows} (the first is the header), one line each ending in {@code nl}. */
    public static void append(StringBuilder text, List<String[]> rows, String nl) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : String.format(Locale.ROOT, "%-" + widths[c] + "s  ", row[c]));
            }
            text.append(line.toString().stripTrailing()).append(nl);
        }
    }
}
