package org.icsdrill.evidence.detection;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The alerts read from one file, in time order.
 *
 * @param format {@code eve} or {@code csv}
 * @param otherEvents EVE events that are not alerts (flows, stats, ...), skipped
 */
public record AlertFile(Path file, String format, List<Alert> alerts, int otherEvents) {

    public AlertFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        alerts = alerts.stream().sorted(Comparator.comparing(Alert::time).thenComparingInt(Alert::line)).toList();
    }
}
