package org.icsdrill.evidence.detection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Suricata EVE JSON lines and keeps the {@code "event_type":"alert"} events: their
 * {@code timestamp} (Suricata writes {@code 2026-01-15T09:20:03.123456+0000}), and for the report
 * {@code alert.signature}, {@code alert.signature_id}, {@code src_ip} and {@code dest_port}, and
 * to match a wall-clock alert with the transaction it saw {@code src_port} and {@code dest_ip}. Other
 * event types (flow, stats, modbus, ...) are counted and skipped; a line that is not JSON, or an
 * alert without a readable timestamp, is an error at its line.
 */
public final class EveAlertReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EveAlertReader() {
    }

    public static AlertFile read(Path file) throws ScoreInputException {
        List<Alert> alerts = new ArrayList<>();
        int[] other = {0};
        TextFiles.forEachLine(file, (number, text) -> {
            if (text.isBlank()) {
                return;
            }
            JsonNode event;
            try {
                event = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw ScoreInputException.at(file, number, "not a JSON object: " + e.getOriginalMessage());
            }
            if (event == null || !event.isObject()) {
                throw ScoreInputException.at(file, number, "expected one EVE JSON object per line");
            }
            if (!"alert".equals(event.path("event_type").asText())) {
                other[0]++;
                return;
            }
            JsonNode timestamp = event.get("timestamp");
            if (timestamp == null || !timestamp.isTextual()) {
                throw ScoreInputException.at(file, number, "alert without a \"timestamp\"");
            }
            Instant time;
            try {
                time = Timestamps.parse(timestamp.asText());
            } catch (IllegalArgumentException e) {
                throw ScoreInputException.at(file, number, e.getMessage());
            }
            JsonNode alert = event.path("alert");
            alerts.add(new Alert(time, number, textOf(alert.get("signature")),
                    alert.path("signature_id").canConvertToLong() ? Optional.of(alert.get("signature_id").asLong())
                            : Optional.empty(),
                    textOf(event.get("src_ip")), port(event.get("dest_port")), Optional.empty(),
                    port(event.get("src_port")), textOf(event.get("dest_ip")), Optional.empty()));
        });
        return new AlertFile(file, "eve", alerts, other[0]);
    }

    private static Optional<Integer> port(JsonNode node) {
        return node != null && node.canConvertToInt() ? Optional.of(node.asInt()) : Optional.empty();
    }

    private static Optional<String> textOf(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }
}
