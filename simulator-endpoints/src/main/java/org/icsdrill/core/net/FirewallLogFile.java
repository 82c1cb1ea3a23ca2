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
            json.writeStartObject();
            json.writeStringField("@timestamp", plantInstant.apply(e.plantTimeSeconds()).toString());
            json.writeObjectFieldStart("event");
            json.writeStringField("kind", "event");
            json.writeArrayFieldStart("category");
            json.writeString("network");
            json.writeEndArray();
            json.writeArrayFieldStart("type");
            json.writeString("connection");
            json.writeString(e.allowed() ? "allowed" : "denied");
            json.writeEndArray();
            json.writeStringField("action", e.allowed() ? "allow" : "deny");
            json.writeStringField("outcome", e.allowed() ? "success" : "failure");
            json.writeEndObject();
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
            json.writeObjectFieldStart("labels");
            json.writeNumberField("plant_time", e.plantTimeSeconds());
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the firewall log", ex);
        }
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

    @Override
    public synchronized void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the firewall log", e);
        }
    }
}
