package org.icsdrill.ui.common;

import java.util.Locale;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;

/** How values and ranges are written on screen: a fixed number of decimals chosen from the span. */
public final class Formats {

    private Formats() {
    }

    public static String value(TagInfo tag, TagSample sample, Messages messages) {
        if (sample == null) {
            return "…";
        }
        return switch (sample.quality()) {
            case GOOD -> shown(tag, sample, messages);
            // ISA-101: a stale value stays readable, and says it is stale
            case STALE -> messages.get("value.stale", shown(tag, sample, messages));
            case FAILED -> sample.status().equals("Bad_NoCommunication") ? messages.get("value.noCommunication")
                    : sample.status();
        };
    }

    private static String shown(TagInfo tag, TagSample sample, Messages messages) {
        if (sample.value() == null) {
            return sample.status();
        }
        return switch (tag.type()) {
            case BOOL -> messages.get(Boolean.TRUE.equals(sample.value()) ? "value.on" : "value.off");
            case UINT16 -> String.valueOf(sample.value());
            case REAL -> number(tag, sample.asDouble());
        };
    }

    public static String number(TagInfo tag, double value) {
        return String.format(Locale.ROOT, "%." + decimals(tag) + "f", value);
    }

    public static String range(TagInfo tag) {
        if (!tag.hasRange()) {
            return "";
        }
        return number(tag, tag.low()) + " – " + number(tag, tag.high());
    }

    /** Three significant digits of the span: 0–600 K as 350.1, 0–1.2 mol/L as 0.501. */
    static int decimals(TagInfo tag) {
        if (!tag.hasRange()) {
            return 2;
        }
        double span = Math.abs(tag.high() - tag.low());
        if (span >= 1000) {
            return 0;
        }
        if (span >= 10) {
            return 1;
        }
        if (span >= 1) {
            return 2;
        }
        return 3;
    }
}
