package org.icsdrill.evidence.stix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icsdrill.api.Attributions;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.Techniques;
import org.icsdrill.api.Tlp;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.SourceTraffic;
import org.icsdrill.evidence.record.StatusChange;
import org.icsdrill.evidence.trainees.DetectionResult;
import org.icsdrill.evidence.trainees.TraineeScorer;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.Expectations;

/**
 * The truth view, the instructor's answer key: the attacks and kill-chain stages that ran (their techniques and
 * windows), the attacker's traffic and the flows the stages opened, which attacks the trainees detected (by the
 * report's own rule), the responses the scenario expects, the plants and hosts touched, the trips and damage,
 * and the ATT&CK software and campaign the scenario follows. docs/sharing.md.
 */
final class TruthView {

    private TruthView() {
    }

    static IncidentFacts facts(RecordReader record, StixOptions options) {
        StixTexts texts = StixTexts.of("en"); // the scenario's own texts are English
        People people = new People(options.anonymise(), texts);
        List<RecordReader.Attack> attacks = new ArrayList<>(record.attacks());
        attacks.addAll(record.stagesReached());
        double end = TraineeView.end(record);

        Map<String, IncidentFacts.TechniqueSeen> techniques = new LinkedHashMap<>();
        Map<String, String> techniqueOf = new LinkedHashMap<>();
        Map<String, IncidentFacts.Asset> assets = new LinkedHashMap<>();
        for (RecordReader.Attack a : attacks) {
            techniqueOf.put(a.id(), a.technique());
            Techniques.find(a.technique()).ifPresent(t -> techniques.merge(t.id(),
                    new IncidentFacts.TechniqueSeen(t, a.start(), a.end()), TruthView::widen));
            a.plants().forEach(p -> assets.putIfAbsent("plant:" + p, new IncidentFacts.Asset(p, "plant", a.start())));
        }

        List<IncidentFacts.TrafficSeen> traffic = new ArrayList<>();
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (RecordReader.Attack a : attacks) {
            if (a.sourceHost() != null && !a.sourceHost().isBlank()) {
                bySource.computeIfAbsent(a.sourceHost(), s -> new ArrayList<>()).add(a.technique());
            }
        }
        bySource.forEach((address, used) -> record.trafficFrom(address).ifPresent(seen -> traffic.add(
                new IncidentFacts.TrafficSeen(address, true, seen.count(), seen.first(), seen.last(),
                        seen.protocols(), List.of(), seen.first(), distinct(used)))));
        traffic.addAll(flowsOfTheAttacks(record.hostEvents(), techniqueOf, assets));

        List<IncidentFacts.Sighting> sightings = new ArrayList<>();
        for (DetectionResult d : TraineeScorer.score(record).team().detections()) {
            d.detectedBy().ifPresent(by -> sightings.add(new IncidentFacts.Sighting(by.plantTime(),
                    people.name(by.trainee()), false, 1, Optional.of(d.attack().technique()).filter(t -> !t.isBlank()),
                    texts.get("sighting.detected", people.name(by.trainee()), d.attack().id(),
                            d.attack().technique(), String.valueOf(Math.round(by.plantTime() - d.attack().start()))))));
        }
        options.alerts().ifPresent(alerts -> sightings.addAll(ToolSightings.of(record, alerts, texts)));

        List<IncidentFacts.Response> responses = new ArrayList<>();
        for (Expectations.Respond respond : record.expectations().respond()) {
            Optional<RecordReader.Attack> attack = attacks.stream().filter(a -> a.id().equals(respond.attack()))
                    .findFirst();
            if (attack.isEmpty()) {
                continue; // it never started: nothing to answer
            }
            double within = respond.within().toMillis() / 1000.0;
            for (ExpectedAction action : respond.actions()) {
                responses.add(new IncidentFacts.Response(attack.get().start() + within, "", action.actionName(),
                        action.target(), List.of(attack.get().technique())));
            }
        }

        List<StatusChange> status = record.statusChanges();
        boolean damaged = status.stream().anyMatch(s -> s.damage().isPresent());
        boolean tripped = damaged || status.stream().anyMatch(StatusChange::trip);
        IncidentReport.PhysicalImpact physical = damaged ? IncidentReport.PhysicalImpact.DAMAGED_NONFUNCTIONAL
                : IncidentReport.PhysicalImpact.NONE;
        int availability = tripped ? 100 : 0;
        IncidentReport.Determination determination = determination(record, attacks);
        String title = record.meta().getOrDefault("scenario_title", "");
        String description = record.meta().getOrDefault("scenario_description", "").strip();
        List<String> detection = new ArrayList<>(List.of(texts.get("detection.truth")));
        if (!sightings.isEmpty()) {
            detection.add(texts.get("detection.human"));
        }
        return new IncidentFacts(StixView.TRUTH, title.isBlank() ? record.meta().getOrDefault("scenario_id", "")
                : title, description.isEmpty() ? texts.get("incident.noWords") : description, "", texts.lang(), end,
                determination, "closed", options.tlp().orElse(Tlp.CLEAR), physical, availability,
                new IncidentReport("-", "", determination, Tlp.CLEAR, physical, availability).criticality(),
                detection, determination == IncidentReport.Determination.FALSE_POSITIVE ? List.of("equipment-fault")
                        : List.of("ot-cyber-attack"), Optional.empty(), List.copyOf(techniques.values()), traffic,
                sightings, responses, List.copyOf(assets.values()), attributions(record));
    }

    /**
     * An attack on a plant ran: it worked. Only kill-chain stages, one of them stopped: blocked. Stages without a
     * stop: it failed to reach a plant. Nothing at all (faults only): a false positive.
     */
    private static IncidentReport.Determination determination(RecordReader record, List<RecordReader.Attack> attacks) {
        if (attacks.stream().anyMatch(a -> !a.plants().isEmpty())) {
            return IncidentReport.Determination.SUCCESSFUL_ATTEMPT;
        }
        if (attacks.isEmpty()) {
            return IncidentReport.Determination.FALSE_POSITIVE;
        }
        return record.events().stream().anyMatch(e -> e.type().equals("stage_blocked"))
                ? IncidentReport.Determination.BLOCKED : IncidentReport.Determination.FAILED_ATTEMPT;
    }

    /** The connections the attacks' own host events made (a stage's RDP, SMB...), by destination. */
    private static List<IncidentFacts.TrafficSeen> flowsOfTheAttacks(List<HostEvent> events,
                                                                     Map<String, String> techniqueOf,
                                                                     Map<String, IncidentFacts.Asset> assets) {
        Map<String, IncidentFacts.TrafficSeen> flows = new LinkedHashMap<>();
        for (HostEvent e : events) {
            if (e.attack() == null || e.attack().isBlank()) {
                continue;
            }
            assets.putIfAbsent("host:" + e.host(), new IncidentFacts.Asset(e.host(), "host", e.time()));
            String destination = e.destination() == null ? "" : e.destination();
            int colon = destination.lastIndexOf(':');
            if (colon < 0 || org.icsdrill.api.Ipv4.parse(destination.substring(0, colon)).isEmpty()) {
                continue;
            }
            String address = destination.substring(0, colon);
            int port = Integer.parseInt(destination.substring(colon + 1));
            String protocol = e.protocol() == null ? "" : e.protocol();
            String technique = techniqueOf.getOrDefault(e.attack(), "");
            flows.merge(address + ":" + port + "/" + protocol, new IncidentFacts.TrafficSeen(address, false, 1,
                    e.time(), e.time(), protocol.isBlank() ? List.of() : List.of(protocol), List.of(port), e.time(),
                    technique.isBlank() ? List.of() : List.of(technique)), (a, b) -> new IncidentFacts.TrafficSeen(
                    a.address(), false, a.count() + 1, a.first(), b.last(), a.protocols(), a.ports(), a.known(),
                    distinct(concat(a.techniques(), b.techniques()))));
        }
        return List.copyOf(flows.values());
    }

    private static IncidentFacts.TechniqueSeen widen(IncidentFacts.TechniqueSeen a, IncidentFacts.TechniqueSeen b) {
        OptionalDouble last = a.last().isPresent() && b.last().isPresent()
                ? OptionalDouble.of(Math.max(a.last().getAsDouble(), b.last().getAsDouble())) : OptionalDouble.empty();
        return new IncidentFacts.TechniqueSeen(a.technique(), Math.min(a.first(), b.first()), last);
    }

    /** {@code S0603 Stuxnet; C0028 ...} in {@code meta.attribution}: the entries the catalogue knows. */
    private static List<Attributions.Entry> attributions(RecordReader record) {
        List<Attributions.Entry> entries = new ArrayList<>();
        for (String part : record.meta().getOrDefault("attribution", "").split(";")) {
            String id = part.strip().split(" ")[0];
            Attributions.find(id).ifPresent(entries::add);
        }
        return entries;
    }

    private static List<String> distinct(List<String> values) {
        Set<String> set = new LinkedHashSet<>(values);
        set.remove("");
        return List.copyOf(set);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
