package org.icsdrill.evidence.detection;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads alerts as CSV: {@code timestamp[,attack_id]}, one alert per line, ISO-8601 timestamps, an
 * optional header line starting with {@code timestamp}. An attack id, when given, attributes the
 * alert to that attack only (see {@link DetectionScorer}).
 */
public final class CsvAlertReader {

    private CsvAlertReader() {
    }

    public static AlertFile read(Path file) throws ScoreInputException {
        List<Alert> alerts = new ArrayList<>();
        boolean[] seenContent = {false};
        TextFiles.forEachLine(file, (number, text) -> {
            if (text.isBlank()) {
                return;
            }
            String[] fields = text.split(",", -1);
            boolean firstContent = !seenContent[0];
            seenContent[0] = true;
            if (firstContent && fields[0].trim().equalsIgnoreCase("timestamp")) {
                return;
            }
            if (fields.length > 2) {
                throw ScoreInputException.at(file, number, "expected timestamp[,attack_id], got "
                        + fields.length + " fields in '" + LabelsReader.abbreviate(text) + "'");
            }
            Instant time;
            try {
                time = Timestamps.parse(fields[0]);
            } catch (IllegalArgumentException e) {
                throw ScoreInputException.at(file, number, e.getMessage());
            }
            Optional<String> attackId = fields.length == 2 && !fields[1].isBlank()
                    ? Optional.of(fields[1].trim()) : Optional.empty();
            alerts.add(new Alert(time, number, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    attackId, Optional.empty(), Optional.empty(), Optional.empty()));
        });
        return new AlertFile(file, "csv", alerts, 0);
    }
}
