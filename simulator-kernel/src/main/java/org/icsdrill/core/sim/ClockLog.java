package org.icsdrill.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's clock record, {@code clock.jsonl}: one JSON line per {@link ClockEvent}, written as the
 * driver reports it, for example
 * <pre>{"event":"start","wall_time":"2026-03-01T10:00:00.123456Z","plant_time":0.0,
 *  "plant_instant":"2026-02-05T13:30:00Z","speed":"20"}</pre>
 * ({@code speed} is a number as text or {@code max}; {@code plant_instant} is the plant calendar's
 * instant, the start time plus plant time). Each line is flushed at once: events are rare.
 */
public final class ClockLog implements ClockListener, AutoCloseable {

    /** The file's name in a run's output folder. */
    public static final String FILE_NAME = "clock.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(ClockLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Simulation simulation;
    private final Path file;
    private final BufferedWriter out;

    private ClockLog(Simulation simulation, Path file, BufferedWriter out) {
        this.simulation = simulation;
        this.file = file;
        this.out = out;
    }

    /** Starts a new clock record at {@code file} (replacing one there). */
    public static ClockLog create(Simulation simulation, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new ClockLog(simulation, file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clock record " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void clockChanged(ClockEvent event) {
        ObjectNode line = JSON.createObjectNode();
        line.put("event", event.kind().id());
        line.put("wall_time", event.wallTime().toString());
        line.put("plant_time", event.plantSeconds());
        line.put("plant_instant", simulation.plantInstant(event.plantSeconds()).toString());
        line.put("speed", event.speed().toString());
        try {
            out.write(JSON.writeValueAsString(line));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            LOG.error("cannot write the clock record {}: {}", file, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("closing the clock record {} failed: {}", file, e.getMessage());
        }
    }

    /**
     * A clock record as read back.
     *
     * @param plantZero the plant calendar's instant of plant time 0 (from the last line's
     *                  {@code plant_instant}: a run without a start time is anchored once it steps)
     */
    public record Recorded(List<ClockEvent> events, Instant plantZero) {
    }

    /**
     * Reads a clock record. A malformed line, or a file without events, is an
     * {@link IllegalArgumentException} whose message starts with {@code line N:} or says so.
     */
    public static Recorded read(Path file) throws IOException {
        List<ClockEvent> events = new ArrayList<>();
        Instant plantZero = null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode line = JSON.readTree(text);
                if (!line.path("plant_time").isNumber()) {
                    throw new IllegalArgumentException("no plant_time");
                }
                ClockEvent event = new ClockEvent(ClockEvent.Kind.of(line.path("event").asText()),
                        Instant.parse(line.path("wall_time").asText()), line.path("plant_time").asDouble(),
                        Speed.parse(line.path("speed").asText()));
                events.add(event);
                plantZero = Instant.parse(line.path("plant_instant").asText())
                        .minusNanos(Math.round(event.plantSeconds() * 1e9));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": not a clock event (event, wall_time,"
                        + " plant_time, plant_instant, speed): " + e.getMessage(), e);
            }
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no clock events");
        }
        return new Recorded(List.copyOf(events), plantZero);
    }
}
