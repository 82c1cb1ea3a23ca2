package org.icsdrill.evidence.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;

/**
 * Writes one view's facts as a STIX 2.1 bundle: the reporting organisation and the TLP marking, the incident
 * with the Incident Core Extension, MITRE's attack-patterns (and, in the truth, malware and campaign), the
 * infrastructure touched, the addresses as observables with the observed data and indicators, the sightings,
 * the courses of action, the relationships tying them, and a published report that holds them all.
 */
final class StixBundle {

    /** The Incident Core Extension (OASIS, cti-stix-common-objects). */
    static final String INCIDENT_CORE = "extension-definition--ef765651-680c-498d-9894-99799f2fa126";

    private final IncidentFacts facts;
    private final StixIds ids;
    private final StixTime time;
    private final StixObjects o;
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private final Map<String, String> infrastructure = new LinkedHashMap<>();
    private final Set<String> relationships = new LinkedHashSet<>();
    private String incident;
    private ObjectNode core;

    private StixBundle(IncidentFacts facts, StixIds ids, StixTime time, StixObjects objects) {
        this.facts = facts;
        this.ids = ids;
        this.time = time;
        this.o = objects;
    }

    static ObjectNode write(IncidentFacts facts, StixIds ids, StixTime time, String organisationId,
                            String organisationName, String organisationDescription, List<String> sectors) {
        StixBundle b = new StixBundle(facts, ids, time, new StixObjects(organisationId, facts.tlp(), facts.lang()));
        b.o.identity(organisationName, organisationDescription, sectors);
        b.o.marking();
        b.incident();
        b.techniques();
        b.attributions();
        b.assets();
        b.traffic();
        b.sightings();
        b.responses();
        return b.report();
    }

    private void incident() {
        incident = ids.of("incident", "incident");
        ObjectNode i = o.oursInWords("incident", incident, time.at(firstTime()));
        i.put("name", facts.name());
        i.put("description", facts.impact().isBlank() ? facts.description()
                : facts.description() + "\n\n" + facts.impact());
        Set<String> tactics = new LinkedHashSet<>();
        facts.techniques().forEach(t -> tactics.addAll(t.technique().tactics()));
        if (!tactics.isEmpty()) {
            ArrayNode phases = i.putArray("kill_chain_phases");
            tactics.forEach(t -> phases.addObject().put("kill_chain_name", Technique.KILL_CHAIN).put("phase_name", t));
        }
        core = i.putObject("extensions").putObject(INCIDENT_CORE);
        core.put("extension_type", "property-extension").put("determination", facts.determination().id())
                .put("investigation_status", facts.status()).put("criticality", facts.criticality());
        strings(core, "detection_methods", facts.detectionMethods());
        strings(core, "incident_types", facts.incidentTypes());
        ObjectNode physical = core.putArray("physical_impacts").addObject();
        physical.put("impact_type", facts.physicalImpact().id());
        if (facts.physicalImpact() != IncidentReport.PhysicalImpact.NONE) {
            physical.put("asset_type", "industrial-control-system");
        }
        core.putArray("availability_impacts").addObject().put("availability_impact", facts.availabilityImpact());
        // the impacts name the infrastructure once it exists: see assets()
    }

    private void techniques() {
        for (IncidentFacts.TechniqueSeen t : facts.techniques()) {
            String pattern = o.attackPattern(t.technique());
            patterns.put(t.technique().id(), pattern);
            ObjectNode r = relate("related-to", incident, pattern, t.first());
            r.put("start_time", time.at(t.first()));
            if (t.last().isPresent() && t.last().getAsDouble() > t.first()) {
                r.put("stop_time", time.at(t.last().getAsDouble()));
            }
        }
    }

    private void attributions() {
        for (var entry : facts.attributions()) {
            String id = o.has(entry.stixId()) ? entry.stixId() : o.attribution(entry);
            relate("related-to", incident, id, firstTime());
            patterns.values().forEach(p -> relate("uses", id, p, firstTime()));
        }
    }

    private void assets() {
        for (IncidentFacts.Asset a : facts.assets()) {
            String id = ids.of("infrastructure", a.kind(), a.name());
            StixTexts texts = StixTexts.of(facts.lang());
            ObjectNode infra = o.oursInWords("infrastructure", id, time.at(a.first()));
            infra.put("name", a.kind().equals("plant") ? texts.get("plant", a.name())
                    : texts.get("infrastructure.host", a.name()));
            infra.putArray("infrastructure_types").add(a.kind().equals("plant") ? "control-system" : "workstation");
            infra.put("first_seen", time.at(a.first()));
            infrastructure.put(a.kind() + ":" + a.name(), id);
            relate("related-to", incident, id, a.first());
        }
        List<String> plants = infrastructure.entrySet().stream().filter(e -> e.getKey().startsWith("plant:"))
                .map(Map.Entry::getValue).toList();
        if (!plants.isEmpty()) { // the impacts are on the plants
            ((ObjectNode) core.get("availability_impacts").get(0)).set("impacted_refs", refs(plants));
            if (facts.physicalImpact() != IncidentReport.PhysicalImpact.NONE) {
                ((ObjectNode) core.get("physical_impacts").get(0)).set("impacted_refs", refs(plants));
            }
        }
    }

    private void traffic() {
        StixTexts texts = StixTexts.of(facts.lang());
        for (IncidentFacts.TrafficSeen t : facts.traffic()) {
            ObjectNode address = o.newObject().put("value", t.address());
            String ip = o.observable("ipv4-addr", address).get("id").asText();
            List<String> observed = new ArrayList<>(List.of(ip));
            List<String> indicators = new ArrayList<>();
            String end = t.source() ? "src" : "dst";
            indicators.add(indicator(t, "ipv4:" + t.address(), "[ipv4-addr:value = '" + t.address() + "']",
                    texts.get(t.source() ? "indicator.address" : "indicator.destination", t.address(), "")));
            for (String protocol : t.protocols()) {
                String p = protocol.toLowerCase(Locale.ROOT);
                ObjectNode flow = o.newObject().put(end + "_ref", ip);
                if (!t.source() && !t.ports().isEmpty()) {
                    flow.put("dst_port", t.ports().get(0));
                }
                flow.putArray("protocols").add("tcp").add(p);
                observed.add(o.observable("network-traffic", flow).get("id").asText());
                String pattern = "[network-traffic:" + end + "_ref.value = '" + t.address() + "'"
                        + (!t.source() && !t.ports().isEmpty() ? " AND network-traffic:dst_port = " + t.ports().get(0) : "")
                        + " AND network-traffic:protocols[*] = '" + p + "']";
                indicators.add(indicator(t, end + ":" + t.address() + ":" + p + ":" + t.ports(), pattern,
                        texts.get(t.source() ? "indicator.protocol" : "indicator.destination", t.address(), p)));
            }
            if (t.count() > 0) {
                String od = ids.of("observed-data", end, t.address(), String.join(",", t.protocols()),
                        t.ports().toString());
                ObjectNode data = o.ours("observed-data", od, time.at(Math.max(t.known(), t.last())));
                data.put("first_observed", time.at(t.first())).put("last_observed", time.at(t.last()))
                        .put("number_observed", (int) Math.min(Integer.MAX_VALUE, t.count()));
                data.set("object_refs", refs(observed));
                indicators.forEach(i -> relate("based-on", i, od, Math.max(t.known(), t.last())));
                relate("related-to", incident, od, Math.max(t.known(), t.last()));
            }
        }
    }

    private String indicator(IncidentFacts.TrafficSeen t, String key, String pattern, String name) {
        String id = ids.of("indicator", key);
        if (o.has(id)) {
            return id;
        }
        ObjectNode i = o.oursInWords("indicator", id, time.at(t.known()));
        i.put("name", name).put("pattern", pattern).put("pattern_type", "stix").put("pattern_version", "2.1")
                .put("valid_from", time.at(t.first()));
        i.putArray("indicator_types").add("malicious-activity");
        for (String technique : t.techniques()) {
            String pattern1 = patterns.get(technique);
            if (pattern1 != null) {
                relate("indicates", id, pattern1, t.known());
            }
        }
        relate("related-to", incident, id, t.known());
        return id;
    }

    private void sightings() {
        int n = 0;
        for (IncidentFacts.Sighting s : facts.sightings()) {
            String id = ids.of("sighting", String.valueOf(n++));
            ObjectNode sighting = o.oursInWords("sighting", id, time.at(s.time()));
            sighting.put("description", s.text()).put("first_seen", time.at(s.time()))
                    .put("last_seen", time.at(s.time())).put("count", s.count());
            sighting.put("sighting_of_ref", s.technique().map(patterns::get).orElse(incident));
            sighting.putArray("where_sighted_refs").add(s.tool() ? o.system(s.by()) : o.organisation());
        }
    }

    private void responses() {
        StixTexts texts = StixTexts.of(facts.lang());
        int n = 0;
        for (IncidentFacts.Response r : facts.responses()) {
            String id = ids.of("course-of-action", String.valueOf(n++));
            ObjectNode coa = o.oursInWords("course-of-action", id, time.at(r.time()));
            String target = r.target().isBlank() ? "-" : r.target();
            coa.put("name", r.action() + " " + target);
            coa.put("description", facts.view() == StixView.TRUTH
                    ? texts.get("coa.expected", r.techniques().isEmpty() ? "-" : r.techniques().get(0),
                            r.techniques().stream().map(t -> Techniques.find(t).map(Technique::name).orElse(t))
                                    .findFirst().orElse("-"), r.action(), target, time.at(r.time()))
                    : texts.get("coa.taken", r.action(), target, r.by()));
            relate("related-to", id, incident, r.time());
            for (String technique : r.techniques()) {
                if (patterns.containsKey(technique)) {
                    relate("mitigates", id, patterns.get(technique), r.time());
                }
            }
        }
    }

    private ObjectNode report() {
        StixTexts texts = StixTexts.of(facts.lang());
        String id = ids.of("report", "report");
        String published = time.at(facts.published());
        List<String> all = o.ids();
        ObjectNode report = o.oursInWords("report", id, published);
        report.put("name", texts.get(facts.view() == StixView.TRUTH ? "report.truth" : "report.trainees",
                facts.name()));
        report.put("description", facts.view() == StixView.TRUTH ? texts.get("report.descriptionTruth", facts.name())
                : facts.approvedBy().map(by -> texts.get("report.descriptionTrainees", by))
                        .orElse(texts.get("report.descriptionDraft")));
        report.putArray("report_types").add("threat-report");
        report.put("published", published);
        report.set("object_refs", refs(all));
        return o.bundle(ids.of("bundle", "bundle"));
    }

    private ObjectNode relate(String type, String source, String target, double at) {
        String id = ids.of("relationship", type, source, target);
        if (!relationships.add(id)) {
            return o.newObject(); // the same link once: a detached node takes the rest
        }
        return o.relationship(id, type, source, target, time.at(at));
    }

    private double firstTime() {
        return DoubleStream.concat(facts.techniques().stream().mapToDouble(IncidentFacts.TechniqueSeen::first),
                facts.sightings().stream().mapToDouble(IncidentFacts.Sighting::time)).min().orElse(facts.published());
    }

    private ArrayNode refs(List<String> values) {
        ArrayNode array = o.newObject().arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            StixObjects.strings(node.putArray(name), values);
        }
    }
}
