package org.icsdrill.core.net;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;

/**
 * The site's firewall log as Elastic Common Schema JSON lines ({@code firewall.jsonl}), one per
 * decision at a zone boundary, the way a perimeter firewall's log reaches a SIEM: {@code @timestamp}
 * in plant time, {@code event.action} allow or deny, {@code observer} the firewall with its ingress
 * and egress zones, {@code source}, {@code destination}, {@code network.protocol}, {@code rule.name}
 * (the conduit, or {@code default-deny}). Lines are flushed as written, so a live sensor can tail it.
 */
public final class FirewallLogFile implements Consumer<FirewallEvent>, AutoCloseable {

    public static final String FILE_NAME = "firewall.jsonl";

    private final EcsLines lines;

    private FirewallLogFile(EcsLines lines) {
        this.lines = lines;
    }

    /** Opens {@code file}; {@code plantInstant} maps plant seconds to the instant stamped on each line. */
    public static FirewallLogFile open(Path file, DoubleFunction<Instant> plantInstant) {
        return new FirewallLogFile(EcsLines.open(file, plantInstant));
    }

    @Override
    public synchronized void accept(FirewallEvent e) {
        try {
            lines.begin(e.plantTimeSeconds(), "network", e.allowed() ? "allow" : "deny",
                    e.allowed() ? "success" : "failure", List.of("connection", e.allowed() ? "allowed" : "denied"));
            lines.endEvent();
            JsonGenerator json = lines.json();
            json.writeObjectFieldStart("observer");
            json.writeStringField("type", "firewall");
            json.writeStringField("name", e.firewall());
            zone(json, "ingress", e.sourceZone());
            zone(json, "egress", e.destinationZone());
            json.writeEndObject();
            lines.endpoint("source", e.source());
            lines.endpoint("destination", e.destination());
            json.writeObjectFieldStart("network");
            json.writeStringField("transport", "tcp");
            json.writeStringField("protocol", e.service().substring(0, e.service().indexOf('/')));
            json.writeEndObject();
            json.writeObjectFieldStart("rule");
            json.writeStringField("name", e.rule());
            json.writeEndObject();
            lines.end(e.plantTimeSeconds());
        } catch (IOException ex) {
            throw lines.failed(ex);
        }
    }

    private static void zone(JsonGenerator json, String side, String zone) throws IOException {
        json.writeObjectFieldStart(side);
        json.writeStringField("zone", zone);
        json.writeEndObject();
    }

    /**
     * A rule change as a configuration event: {@code event.category} configuration, {@code event.type}
     * change, {@code event.action} close-conduit, open-conduit, close-service or open-service.
     */
    public synchronized void changed(FirewallChange c) {
        try {
            lines.begin(c.plantTimeSeconds(), "configuration", c.action(), "success", List.of("change"));
            lines.endEvent();
            JsonGenerator json = lines.json();
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
            lines.end(c.plantTimeSeconds());
        } catch (IOException ex) {
            throw lines.failed(ex);
        }
    }

    @Override
    public synchronized void close() {
        lines.close();
    }
}
