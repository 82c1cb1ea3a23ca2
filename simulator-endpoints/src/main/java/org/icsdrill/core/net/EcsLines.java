package org.icsdrill.core.net;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.icsdrill.api.SourceAddress;
import org.icsdrill.core.output.Compression;

/**
 * A log file of Elastic Common Schema JSON lines stamped in plant time, as the firewall's and the hosts'
 * logs are written: each line opens with {@code @timestamp} and {@code event}, the caller writes its
 * fields, and it closes with {@code labels.plant_time}, a newline and a flush, so a live sensor can tail
 * it. A file named {@code .zst} or {@code .gz} is written compressed ({@link Compression}, a long run's logs).
 * Not thread-safe: its owner serialises the lines.
 */
public final class EcsLines implements AutoCloseable {

    /** The ECS version the lines follow, written on each as {@code ecs.version}. */
    public static final String ECS_VERSION = "8.11.0";

    private final Path file;
    private final JsonGenerator json;
    private final DoubleFunction<Instant> plantInstant;

    private EcsLines(Path file, JsonGenerator json, DoubleFunction<Instant> plantInstant) {
        this.file = file;
        this.json = json;
        this.plantInstant = plantInstant;
    }

    /**
     * Opens {@code file}, compressed as its name says; {@code plantInstant} maps plant seconds to the instant
     * stamped on each line.
     */
    public static EcsLines open(Path file, DoubleFunction<Instant> plantInstant) {
        try {
            JsonGenerator json = new JsonFactory().createGenerator(Compression.create(file), JsonEncoding.UTF8);
            json.setRootValueSeparator(null); // each line ends with its own newline, the last one too
            return new EcsLines(file, json, plantInstant);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The generator, for the fields between {@link #begin} and {@link #end}. */
    public JsonGenerator json() {
        return json;
    }

    /** A line's start: its plant-time stamp and ECS {@code event} (kind, category, type, action, outcome). */
    public void begin(double plantTime, String category, String action, String outcome, List<String> types)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("@timestamp", plantInstant.apply(plantTime).toString());
        json.writeObjectFieldStart("ecs");
        json.writeStringField("version", ECS_VERSION);
        json.writeEndObject();
        json.writeObjectFieldStart("event");
        json.writeStringField("kind", "event");
        json.writeArrayFieldStart("category");
        json.writeString(category);
        json.writeEndArray();
        json.writeArrayFieldStart("type");
        for (String type : types) {
            json.writeString(type);
        }
        json.writeEndArray();
        json.writeStringField("action", action);
        json.writeStringField("outcome", outcome);
    }

    /** Ends the {@code event} object that {@link #begin} left open, after any more event fields. */
    public void endEvent() throws IOException {
        json.writeEndObject();
    }

    /** A line's end: the plant time as a label, the newline, and a flush for whoever tails the file. */
    public void end(double plantTime) throws IOException {
        end(plantTime, Map.of());
    }

    /** The same with more labels (ECS {@code labels}: keyword values), written in their map's order. */
    public void end(double plantTime, Map<String, String> labels) throws IOException {
        json.writeObjectFieldStart("labels");
        json.writeNumberField("plant_time", plantTime);
        for (Map.Entry<String, String> label : labels.entrySet()) {
            json.writeStringField(label.getKey(), label.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** {@code address:port} (or a bare address) as ECS's {@code ip} and {@code port} under {@code field}. */
    public void endpoint(String field, String address) throws IOException {
        json.writeObjectFieldStart(field);
        String host = SourceAddress.hostOf(address);
        json.writeStringField("ip", host);
        if (address.length() > host.length() + 1) {
            json.writeNumberField("port", Integer.parseInt(address.substring(host.length() + 1)));
        }
        json.writeEndObject();
    }

    /** Wraps a write failure, naming the file. */
    public UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot write " + file, e);
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
