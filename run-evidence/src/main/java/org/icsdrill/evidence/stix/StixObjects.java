package org.icsdrill.evidence.stix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.api.Attributions;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Tlp;

/**
 * The objects of one bundle as they are made, once each by id, with the properties every object of a kind
 * has: {@code spec_version}, {@code created} and {@code modified} to the millisecond, the reporting
 * organisation as {@code created_by_ref}, the TLP marking and {@code lang}. MITRE's objects are written as
 * MITRE made them (its id, dates and identity), without our marking.
 */
final class StixObjects {

    /** MITRE's identity, which created the ATT&CK objects (its facts from MITRE's STIX data). */
    static final String MITRE = "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5";
    private static final String MITRE_CREATED = "2017-06-01T00:00:00.000Z";
    /** When the reporting organisation's identity object is dated: the same in every export, like its id. */
    private static final String ORGANISATION_CREATED = "2026-01-01T00:00:00.000Z";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    private final String organisation;
    private final Tlp tlp;
    private final String lang;

    StixObjects(String organisationId, Tlp tlp, String lang) {
        this.organisation = organisationId;
        this.tlp = tlp;
        this.lang = lang;
    }

    String organisation() {
        return organisation;
    }

    /** A domain or relationship object of ours, created (and last modified) at {@code created}. */
    ObjectNode ours(String type, String id, String created) {
        ObjectNode o = add(type, id);
        o.put("created", created).put("modified", created).put("created_by_ref", organisation);
        o.putArray("object_marking_refs").add(tlp.markingId());
        return o;
    }

    /** The same with free text, in the run's language. */
    ObjectNode oursInWords(String type, String id, String created) {
        return ours(type, id, created).put("lang", lang);
    }

    /** A cyber-observable: its id from its id-contributing properties, which are already in {@code contributing}. */
    ObjectNode observable(String type, ObjectNode contributing) {
        String id = StixIds.observable(type, contributing);
        ObjectNode o = objects.get(id);
        if (o == null) {
            o = add(type, id);
            o.setAll(contributing);
            o.putArray("object_marking_refs").add(tlp.markingId());
        }
        return o;
    }

    void identity(String name, String description, List<String> sectors) {
        ObjectNode o = add("identity", organisation);
        o.put("created", ORGANISATION_CREATED).put("modified", ORGANISATION_CREATED).put("name", name)
                .put("description", description).put("identity_class", "organization").put("lang", lang);
        if (!sectors.isEmpty()) {
            strings(o.putArray("sectors"), sectors);
        }
    }

    /** A detection tool as the identity that sighted something (identity class {@code system}); made once. */
    String system(String name) {
        String id = StixIds.shared("identity", "system", name);
        if (!objects.containsKey(id)) {
            ObjectNode o = add("identity", id);
            o.put("created", ORGANISATION_CREATED).put("modified", ORGANISATION_CREATED).put("name", name)
                    .put("identity_class", "system");
        }
        return id;
    }

    /** OASIS's TLP 2.0 marking definition, as published. */
    void marking() {
        ObjectNode o = add("marking-definition", tlp.markingId());
        o.put("created", Tlp.CREATED).put("name", tlp.label());
        o.putObject("extensions").putObject(Tlp.EXTENSION).put("extension_type", "property-extension")
                .put("tlp_2_0", tlp.level());
    }

    /** MITRE's attack-pattern for the technique, with MITRE's id, dates, reference and kill-chain phases. */
    String attackPattern(Technique technique) {
        mitre();
        ObjectNode o = objects.get(technique.stixId());
        if (o == null) {
            o = add(Technique.STIX_TYPE, technique.stixId());
            o.put("created", technique.created()).put("modified", technique.modified())
                    .put("created_by_ref", MITRE).put("name", technique.name());
            o.putArray("external_references").addObject().put("source_name", "mitre-attack")
                    .put("external_id", technique.id()).put("url", technique.url());
            ArrayNode phases = o.putArray("kill_chain_phases");
            technique.tactics().forEach(t -> phases.addObject().put("kill_chain_name", Technique.KILL_CHAIN)
                    .put("phase_name", t));
        }
        return technique.stixId();
    }

    /** MITRE's malware or campaign object for an ATT&CK software or campaign entry. */
    String attribution(Attributions.Entry entry) {
        mitre();
        ObjectNode o = add(entry.stixType(), entry.stixId());
        o.put("created", entry.created()).put("modified", entry.modified()).put("created_by_ref", MITRE)
                .put("name", entry.name());
        if (entry.stixType().equals("malware")) {
            o.put("is_family", true);
        }
        o.putArray("external_references").addObject().put("source_name", "mitre-attack")
                .put("external_id", entry.id()).put("url", entry.url());
        return entry.stixId();
    }

    private void mitre() {
        if (!objects.containsKey(MITRE)) {
            ObjectNode o = add("identity", MITRE);
            o.put("created", MITRE_CREATED).put("modified", MITRE_CREATED).put("name", "The MITRE Corporation")
                    .put("identity_class", "organization");
        }
    }

    ObjectNode relationship(String id, String type, String source, String target, String created) {
        ObjectNode o = ours("relationship", id, created);
        o.put("relationship_type", type).put("source_ref", source).put("target_ref", target);
        return o;
    }

    boolean has(String id) {
        return objects.containsKey(id);
    }

    List<String> ids() {
        return new ArrayList<>(objects.keySet());
    }

    ObjectNode bundle(String id) {
        ObjectNode bundle = json.createObjectNode().put("type", "bundle").put("id", id);
        ArrayNode all = bundle.putArray("objects");
        objects.values().forEach(all::add);
        return bundle;
    }

    ObjectNode newObject() {
        return json.createObjectNode();
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private ObjectNode add(String type, String id) {
        if (objects.containsKey(id)) {
            throw new IllegalStateException("made twice: " + id);
        }
        ObjectNode o = json.createObjectNode().put("type", type).put("spec_version", "2.1").put("id", id);
        objects.put(id, o);
        return o;
    }
}
