package org.icsdrill.evidence.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rules of STIX 2.1 a bundle must keep, for the tests: OASIS's JSON schemas for the bundle, for each object
 * by its type and for the Incident Core Extension (checked with com.networknt:json-schema-validator, schemas in
 * test resources {@code stix2/}); by hand only what no schema says: ids {@code type--UUID} of version 1 to 5
 * naming their own type, {@code created} and {@code modified} to the millisecond, lower snake_case property
 * names, no empty list, and every {@code _ref}/{@code _refs} naming an object of the bundle.
 */
public final class StixRules {

    private static final String OASIS = "raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix("http://" + OASIS, "classpath:stix2/schemas/")
                    .mapPrefix("https://" + OASIS, "classpath:stix2/schemas/")));
    private static final Map<String, Schema> BY_PATH = new ConcurrentHashMap<>();
    private static final Pattern ID = Pattern.compile(
            "([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern MILLIS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> OBSERVABLES = Set.of("artifact", "autonomous-system", "directory", "domain-name",
            "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic",
            "process", "software", "url", "user-account", "windows-registry-key", "x509-certificate");
    private static final Set<String> RELATIONSHIPS = Set.of("relationship", "sighting");
    /** The types OASIS's bundle.json names among its objects (its {@code $ref}s). */
    private static final Set<String> BUNDLE_LISTS = bundleTypes();

    private StixRules() {
    }

    /** Every broken rule, one line each; empty for a valid bundle. */
    public static List<String> problems(JsonNode bundle) {
        List<String> problems = new ArrayList<>();
        // OASIS's bundle.json lists the 2.1 objects it knows by type but not incident (nor grouping, location,
        // note, opinion), and reads those as custom objects, which both of its cores then match: the bundle is
        // checked without them here, and every object against its own type's schema below
        ObjectNode envelope = bundle.deepCopy();
        ArrayNode listed = envelope.putArray("objects");
        bundle.path("objects").forEach(o -> {
            if (BUNDLE_LISTS.contains(o.path("type").asText())) {
                listed.add(o);
            }
        });
        schema("common/bundle.json", envelope, "bundle", problems);
        Set<String> ids = new HashSet<>();
        bundle.path("objects").forEach(o -> ids.add(o.path("id").asText()));
        for (JsonNode object : bundle.path("objects")) {
            String type = object.path("type").asText();
            String id = object.path("id").asText();
            schema(schemaOf(type), object, id, problems);
            JsonNode core = object.path("extensions").path(StixBundle.INCIDENT_CORE);
            if (!core.isMissingNode()) {
                schema(SchemaLocation.of("classpath:stix2/extensions/incident-core.json"), core, id
                        + " incident core extension", problems);
            }
            var m = ID.matcher(id);
            if (!m.matches() || !m.group(1).equals(type)) {
                problems.add(id + ": not an id of type " + type + " with a UUID of version 1 to 5");
            }
            for (String time : List.of("created", "modified")) {
                if (object.has(time) && !MILLIS.matcher(object.get(time).asText()).matches()) {
                    problems.add(id + ": " + time + " is not to the millisecond: " + object.get(time).asText());
                }
            }
            walk(id, object, ids, problems);
        }
        return problems;
    }

    private static Set<String> bundleTypes() {
        try (var in = StixRules.class.getResourceAsStream("/stix2/schemas/common/bundle.json")) {
            Set<String> types = new HashSet<>();
            new ObjectMapper().readTree(in).findValues("$ref").forEach(ref -> {
                String file = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
                types.add(file.replace(".json", ""));
            });
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schemaOf(String type) {
        if (type.equals("marking-definition")) {
            return "common/marking-definition.json";
        }
        return (OBSERVABLES.contains(type) ? "observables/" : RELATIONSHIPS.contains(type) ? "sros/" : "sdos/")
                + type + ".json";
    }

    private static void schema(String path, JsonNode node, String what, List<String> problems) {
        schema(SchemaLocation.of("classpath:stix2/schemas/" + path), node, what, problems);
    }

    private static void schema(SchemaLocation location, JsonNode node, String what, List<String> problems) {
        Schema schema = BY_PATH.computeIfAbsent(location.toString(), l -> SCHEMAS.getSchema(location));
        for (Error error : schema.validate(node)) {
            problems.add(what + ": " + error);
        }
    }

    /** Property names, lists and references, all the way down (not into extension ids or dictionaries' keys). */
    private static void walk(String id, JsonNode node, Set<String> ids, List<String> problems) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                problems.add(id + ": an empty list");
            }
            node.forEach(n -> walk(id, n, ids, problems));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("extensions")) {
                value.forEach(ext -> walk(id, ext, ids, problems));
                continue;
            }
            if (!SNAKE.matcher(name).matches()) {
                problems.add(id + ": property '" + name + "' is not lower snake_case");
            }
            if (name.endsWith("_ref") && !ids.contains(value.asText())) {
                problems.add(id + ": " + name + " names " + value.asText() + ", not in the bundle");
            }
            if (name.endsWith("_refs")) {
                value.forEach(v -> {
                    if (!ids.contains(v.asText())) {
                        problems.add(id + ": " + name + " names " + v.asText() + ", not in the bundle");
                    }
                });
            }
            walk(id, value, ids, problems);
        }
    }
}
