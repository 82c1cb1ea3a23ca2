package org.icsdrill.evidence.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Plant seconds on a chart's time axis as {@code H:MM} or, for ticks under a minute apart, {@code H:MM:SS}. */
final class PlantTimeFormat extends NumberFormat {

    private final boolean seconds;

    PlantTimeFormat(boolean seconds) {
        this.seconds = seconds;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return format(Math.round(number), toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        long s = Math.abs(number);
        String sign = number < 0 ? "-" : "";
        return toAppendTo.append(seconds
                ? String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%s%d:%02d", sign, s / 3600, s / 60 % 60));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("a chart axis format only");
    }
}
