package org.icsdrill.cli.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The seeds of a dataset, as given on the command line: {@code 1-100}, {@code 1,5,9} or both, {@code 1-3,10}. */
public final class Seeds {

    /** More runs than anyone means to start by a typo ({@code 1-1000000}). */
    static final int MOST = 100_000;

    private Seeds() {
    }

    /** The seeds in the order given, each once; refused with why when malformed. */
    public static List<Long> parse(String text) {
        Set<Long> seeds = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String range = part.strip();
            int dash = range.indexOf('-', 1); // a leading '-' would be a negative seed: refused below
            long first = number(dash < 0 ? range : range.substring(0, dash), text);
            long last = dash < 0 ? first : number(range.substring(dash + 1), text);
            if (last < first) {
                throw new IllegalArgumentException("seed range '" + range + "' ends before it starts");
            }
            if (last - first >= MOST || seeds.size() + (last - first) >= MOST) {
                throw new IllegalArgumentException("more than " + MOST + " seeds in '" + text + "'");
            }
            for (long seed = first; seed <= last; seed++) {
                seeds.add(seed);
            }
        }
        return new ArrayList<>(seeds);
    }

    private static long number(String text, String whole) {
        try {
            long seed = Long.parseLong(text.strip());
            if (seed < 0) {
                throw new NumberFormatException();
            }
            return seed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected seeds like 1-100 or 1,5,9, got '" + whole + "'");
        }
    }
}
