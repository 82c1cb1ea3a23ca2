package org.icsdrill.core.site;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.EcsLines;

/**
 * The hosts' event logs as Elastic Common Schema JSON lines ({@code hosts.jsonl}), as an agent on each
 * host would ship them to a SIEM: {@code event} (action, category, type, outcome, {@code code} the Windows
 * event id, {@code sequence}), {@code host} (name, ip), {@code labels.zone}, {@code user.name}, and for a
 * connection {@code destination} and {@code network.protocol}; {@code message} says the rest. An attack's
 * events carry its id as {@code labels.attack_id} (ground truth for scoring; a live sensor ignores it).
 */
public final class HostLogFile implements Consumer<HostEvent>, AutoCloseable {

    public static final String FILE_NAME = "hosts.jsonl";

    private final EcsLines lines;
    private final Function<String, SiteView.Host> hostNamed;

    private HostLogFile(EcsLines lines, Function<String, SiteView.Host> hostNamed) {
        this.lines = lines;
        this.hostNamed = hostNamed;
    }

    /** Opens {@code file}; {@code hosts} gives each event's host its address and zone. */
    public static HostLogFile open(Path file, DoubleFunction<Instant> plantInstant, SiteHosts hosts) {
        return new HostLogFile(EcsLines.open(file, plantInstant), name -> hosts.named(name).orElse(null));
    }

    @Override
    public synchronized void accept(HostEvent e) {
        try {
            lines.begin(e.time(), e.action().category(), e.action().id(), e.outcome(), e.action().type());
            JsonGenerator json = lines.json();
            String code = e.action().code(e.failed());
            if (!code.isEmpty()) {
                json.writeStringField("code", code);
            }
            json.writeNumberField("sequence", e.seq());
            lines.endEvent();
            SiteView.Host host = hostNamed.apply(e.host());
            json.writeObjectFieldStart("host");
            json.writeStringField("name", e.host());
            json.writeStringField("hostname", e.host());
            if (host != null) {
                json.writeArrayFieldStart("ip");
                json.writeString(host.address());
                json.writeEndArray();
            }
            json.writeEndObject();
            if (!e.user().isEmpty()) {
                json.writeObjectFieldStart("user");
                json.writeStringField("name", e.user());
                json.writeEndObject();
            }
            if (!e.destination().isEmpty()) {
                if (host != null) {
                    lines.endpoint("source", host.address());
                }
                lines.endpoint("destination", e.destination());
                json.writeObjectFieldStart("network");
                json.writeStringField("transport", "tcp");
                json.writeStringField("protocol", e.protocol());
                json.writeEndObject();
            }
            json.writeStringField("message", e.detail());
            Map<String, String> labels = new LinkedHashMap<>();
            if (host != null) {
                labels.put("zone", host.zone());
            }
            if (!e.attack().isEmpty()) {
                labels.put("attack_id", e.attack());
            }
            lines.end(e.time(), labels);
        } catch (IOException ex) {
            throw lines.failed(ex);
        }
    }

    @Override
    public synchronized void close() {
        lines.close();
    }
}
