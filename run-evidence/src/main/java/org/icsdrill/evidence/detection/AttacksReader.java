package org.icsdrill.evidence.detection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a run's {@code attacks.jsonl}: one JSON object per attack, with at least id, start and end. */
public final class AttacksReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttacksReader() {
    }

    public static List<AttackWindow> read(Path file) throws ScoreInputException {
        List<AttackWindow> attacks = new ArrayList<>();
        TextFiles.forEachLine(file, (number, text) -> {
            if (text.isBlank()) {
                return;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw ScoreInputException.at(file, number, "not a JSON object: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw ScoreInputException.at(file, number, "expected a JSON object per line");
            }
            String id = text(node, "id", file, number);
            Instant start = time(node, "start", file, number);
            Instant end = time(node, "end", file, number);
            if (end.isBefore(start)) {
                throw ScoreInputException.at(file, number, "attack '" + id + "' ends (" + end + ") before it starts ("
                        + start + ")");
            }
            List<String> plants = new ArrayList<>();
            node.path("plants").forEach(p -> plants.add(p.asText()));
            attacks.add(new AttackWindow(id, node.path("kind").asText(""), node.path("technique").asText(""),
                    node.path("technique_name").asText(""), start, end, plants));
        });
        attacks.sort(Comparator.comparing(AttackWindow::start).thenComparing(AttackWindow::id));
        return attacks;
    }

    private static String text(JsonNode node, String field, Path file, int line) throws ScoreInputException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ScoreInputException.at(file, line, "missing \"" + field + "\"");
        }
        return value.asText();
    }

    private static Instant time(JsonNode node, String field, Path file, int line) throws ScoreInputException {
        String text = text(node, field, file, line);
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw ScoreInputException.at(file, line, "\"" + field + "\": " + e.getMessage());
        }
    }
}
