package org.icsdrill.core.net;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import org.icsdrill.api.SourceAddress;

/**
 * The site's firewall log as Elastic Common Schema JSON lines ({@code firewall.jsonl}), one per
 * decision at a zone boundary, the way a perimeter firewall's log reaches a SIEM: {@code @timestamp}
 * in plant time, {@code event.action} allow or deny, {@code observer} the firewall with its ingress
 * and egress zones, {@code source}, {@code destination}, {@code network.protocol}, {@code rule.name}
 * (the conduit, or {@code default-deny}). Lines are flushed as written, so a live sensor can tail it.
 */
public final class FirewallLogFile implements Consumer<FirewallEvent>, AutoCloseable {

    public static final String FILE_NAME = "firewall.jsonl";

    private final JsonGenerator json;
    private final DoubleFunction<Instant> plantInstant;

    private FirewallLogFile(JsonGenerator json, DoubleFunction<Instant> plantInstant) {
        this.json = json;
        this.plantInstant = plantInstant;
    }

    /** Opens {@code file}; {@code plantInstant} maps plant seconds to the instant stamped on each line. */
    public static FirewallLogFile open(Path file, DoubleFunction<Instant> plantInstant) {
        try {
            JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
            json.setRootValueSeparator(null); // each line ends with its own newline, the last one too
            return new FirewallLogFile(json, plantInstant);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the firewall log " + file, e);
        }
    }

    @Override
    public synchronized void accept(FirewallEvent e) {
        try {
            begin(e.plantTimeSeconds(), "network", e.allowed() ? "allow" : "deny", e.allowed() ? "success" : "failure",
                    "connection", e.allowed() ? "allowed" : "denied");
            json.writeObjectFieldStart("observer");
            json.writeStringField("type", "firewall");
            json.writeStringField("name", e.firewall());
            zone(json, "ingress", e.sourceZone());
            zone(json, "egress", e.destinationZone());
            json.writeEndObject();
            endpoint(json, "source", e.source());
            endpoint(json, "destination", e.destination());
            json.writeObjectFieldStart("network");
            json.writeStringField("transport", "tcp");
            json.writeStringField("protocol", e.service().substring(0, e.service().indexOf('/')));
            json.writeEndObject();
            json.writeObjectFieldStart("rule");
            json.writeStringField("name", e.rule());
            json.writeEndObject();
            end(e.plantTimeSeconds());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the firewall log", ex);
        }
    }

    /** A line's start: its plant-time stamp and ECS {@code event} (kind, category, type, action, outcome). */
    private void begin(double plantTime, String category, String action, String outcome, String... types)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("@timestamp", plantInstant.apply(plantTime).toString());
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
        json.writeEndObject();
    }

    /** A line's end: the plant time as a label, the newline, and a flush for whoever tails the file. */
    private void end(double plantTime) throws IOException {
        json.writeObjectFieldStart("labels");
        json.writeNumberField("plant_time", plantTime);
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private static void zone(JsonGenerator json, String side, String zone) throws IOException {
        json.writeObjectFieldStart(side);
        json.writeStringField("zone", zone);
        json.writeEndObject();
    }

    /** {@code address:port} as ECS's {@code ip} and {@code port}. */
    private static void endpoint(JsonGenerator json, String field, String address) throws IOException {
        json.writeObjectFieldStart(field);
        String host = SourceAddress.hostOf(address);
        json.writeStringField("ip", host);
        if (address.length() > host.length() + 1) {
            json.writeNumberField("port", Integer.parseInt(address.substring(host.length() + 1)));
        }
        json.writeEndObject();
    }

    /**
     * A rule change as a configuration event: {@code event.category} configuration, {@code event.type}
     * change, {@code event.action} close-conduit, open-conduit, close-service or open-service.
     */
    public synchronized void changed(FirewallChange c) {
        try {
            begin(c.plantTimeSeconds(), "configuration", c.action(), "success", "change");
            json.writeObjectFieldStart("observer");
            json.writeStringField("type", "firewall");
            json.writeStringField("name", c.firewall());
            json.writeEndObject();
            json.writeObjectFieldStart("rule");
            json.writeStringField("name", c.conduit());
            json.writeEndObject();
            if (!c.service().isEmpty()) {
                json.writeObjectFieldStart("network");
                json.writeStringField("protocol", c.service().substring(0, c.service().indexOf('/')));
                json.writeEndObject();
                json.writeObjectFieldStart("destination");
                json.writeNumberField("port", Integer.parseInt(c.service().substring(c.service().indexOf('/') + 1)));
                json.writeEndObject();
            }
            end(c.plantTimeSeconds());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the firewall log", ex);
        }
    }

    @Override
    public synchronized void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the firewall log", e);
        }
    }
}
