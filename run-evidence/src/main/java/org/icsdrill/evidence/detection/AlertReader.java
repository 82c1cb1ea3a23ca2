package org.icsdrill.evidence.detection;

import java.nio.file.Path;

/**
 * Reads an alert file in either accepted format, told apart by content: a first non-blank line that
 * starts with '{' is Suricata EVE JSON, anything else CSV. An empty file is an empty CSV: no alerts.
 */
public final class AlertReader {

    private AlertReader() {
    }

    public static AlertFile read(Path file) throws ScoreInputException {
        boolean eve = TextFiles.firstNonBlankLine(file).map(line -> line.stripLeading().startsWith("{")).orElse(false);
        return eve ? EveAlertReader.read(file) : CsvAlertReader.read(file);
    }
}
