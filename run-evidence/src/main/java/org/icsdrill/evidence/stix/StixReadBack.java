package org.icsdrill.evidence.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an incident bundle back: the first {@code incident}, its Incident Core Extension, its marking, the
 * report's {@code published}, and the techniques the incident is related to (by their ATT&CK ids in
 * {@code external_references}, {@code source_name} {@code mitre-attack} or the older {@code mitre-ics-attack}),
 * with the relationship's {@code start_time} and {@code stop_time}.
 */
public final class StixReadBack {

    private static final Set<String> ATTACK_SOURCES = Set.of("mitre-attack", "mitre-ics-attack");

    private StixReadBack() {
    }

    /** @throws StixException when the bundle holds no incident */
    public static SharedIncident read(JsonNode bundle) {
        Map<String, JsonNode> byId = new HashMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        JsonNode incident = null;
        String published = "";
        List<String> patterns = new ArrayList<>();
        for (JsonNode o : bundle.path("objects")) {
            byId.put(o.path("id").asText(), o);
            String type = o.path("type").asText();
            counts.merge(type, 1, Integer::sum);
            if (type.equals("incident") && incident == null) {
                incident = o;
            } else if (type.equals("report") && published.isEmpty()) {
                published = o.path("published").asText();
            } else if (type.equals("indicator")) {
                patterns.add(o.path("pattern").asText());
            }
        }
        if (incident == null) {
            throw new StixException("the bundle holds no incident");
        }
        String id = incident.path("id").asText();
        List<SharedIncident.TechniqueTime> techniques = new ArrayList<>();
        for (JsonNode o : bundle.path("objects")) {
            if (o.path("type").asText().equals("relationship") && o.path("source_ref").asText().equals(id)) {
                JsonNode target = byId.get(o.path("target_ref").asText());
                attackId(target).ifPresent(t -> techniques.add(new SharedIncident.TechniqueTime(t,
                        target.path("name").asText(), o.path("start_time").asText(o.path("created").asText()),
                        Optional.ofNullable(o.get("stop_time")).map(JsonNode::asText))));
            }
        }
        techniques.sort(Comparator.comparing(SharedIncident.TechniqueTime::start)
                .thenComparing(SharedIncident.TechniqueTime::id));
        JsonNode core = incident.path("extensions").path(StixBundle.INCIDENT_CORE);
        String tlp = "";
        for (JsonNode ref : incident.path("object_marking_refs")) {
            JsonNode marking = byId.get(ref.asText());
            if (marking != null && marking.path("name").asText().startsWith("TLP:")) {
                tlp = marking.path("name").asText();
            }
        }
        return new SharedIncident(id, incident.path("name").asText(), incident.path("description").asText(),
                incident.path("lang").asText(""), core.path("determination").asText(),
                core.path("investigation_status").asText(), core.path("criticality").asInt(), tlp, published,
                techniques, patterns, counts);
    }

    /** The ATT&CK id of an attack-pattern, by MITRE's external reference. */
    private static Optional<String> attackId(JsonNode object) {
        if (object == null || !object.path("type").asText().equals("attack-pattern")) {
            return Optional.empty();
        }
        for (JsonNode ref : object.path("external_references")) {
            if (ATTACK_SOURCES.contains(ref.path("source_name").asText()) && ref.has("external_id")) {
                return Optional.of(ref.path("external_id").asText());
            }
        }
        return Optional.empty();
    }
}
