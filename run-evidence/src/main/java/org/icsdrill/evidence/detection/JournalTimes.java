package org.icsdrill.evidence.detection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.core.sim.WallPlantMap;

/**
 * Both clocks of every transaction in a run's {@code transactions.jsonl}: its wall time and the plant
 * time of the view it was served from, kept per client ({@code 127.0.0.66:50122}) so that an alert on a
 * flow can be placed on the very transaction it saw.
 */
final class JournalTimes {

    /** The journal file in a run's output folder. */
    static final String FILE = "transactions.jsonl";

    private static final JsonFactory JSON = new JsonFactory();

    private final List<WallPlantMap.Sample> samples = new ArrayList<>();
    private final Map<String, List<WallPlantMap.Sample>> bySource = new HashMap<>();

    private JournalTimes() {
    }

    /** No journal: nothing to match. */
    static JournalTimes empty() {
        return new JournalTimes();
    }

    static JournalTimes read(Path file) throws ScoreInputException {
        JournalTimes times = new JournalTimes();
        TextFiles.forEachLine(file, (number, text) -> {
            if (text.isBlank()) {
                return;
            }
            double plant = Double.NaN;
            Instant wall = null;
            String source = null;
            try (JsonParser parser = JSON.createParser(text)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw ScoreInputException.at(file, number, "expected one transaction JSON object per line");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.getCurrentName();
                    JsonToken value = parser.nextToken();
                    switch (name) {
                        case "plant_time" -> plant = value.isNumeric() ? parser.getDoubleValue() : Double.NaN;
                        case "wall_time" -> wall = Instant.parse(parser.getText());
                        case "source" -> source = parser.getText();
                        default -> parser.skipChildren();
                    }
                }
            } catch (IOException | DateTimeParseException e) {
                throw ScoreInputException.at(file, number, "not a transaction: " + e.getMessage());
            }
            if (wall == null || Double.isNaN(plant)) {
                throw ScoreInputException.at(file, number, "a transaction needs plant_time and wall_time");
            }
            WallPlantMap.Sample sample = new WallPlantMap.Sample(wall, plant);
            times.samples.add(sample);
            if (source != null) {
                times.bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(sample);
            }
        });
        times.bySource.values().forEach(list -> list.sort(java.util.Comparator.comparing(WallPlantMap.Sample::wallTime)));
        return times;
    }

    List<WallPlantMap.Sample> samples() {
        return samples;
    }

    int size() {
        return samples.size();
    }

    /**
     * The plant time of the transaction of client {@code source} ({@code ip:port}) nearest in wall time
     * to {@code wall}, if one lies within {@code window} of it.
     */
    Optional<Double> nearest(String source, Instant wall, java.time.Duration window) {
        List<WallPlantMap.Sample> list = bySource.get(source);
        if (list == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = list.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (list.get(mid).wallTime().isBefore(wall)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        WallPlantMap.Sample best = null;
        long bestNanos = Long.MAX_VALUE;
        for (int i = Math.max(0, low - 1); i <= Math.min(list.size() - 1, low); i++) {
            long distance = Math.abs(java.time.Duration.between(wall, list.get(i).wallTime()).toNanos());
            if (distance < bestNanos) {
                bestNanos = distance;
                best = list.get(i);
            }
        }
        return best != null && bestNanos <= window.toNanos() ? Optional.of(best.plantSeconds()) : Optional.empty();
    }
}
