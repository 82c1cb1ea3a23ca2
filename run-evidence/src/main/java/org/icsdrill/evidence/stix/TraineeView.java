package org.icsdrill.evidence.stix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.api.DeclaredPlace;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;
import org.icsdrill.api.Tlp;
import org.icsdrill.evidence.record.ActionTaken;
import org.icsdrill.evidence.record.ApprovedReport;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.SourceTraffic;

/**
 * The trainees' view: only what they declared, observed and did, and the report they approved. Techniques are
 * those they declared; each declaration is a sighting; addresses are those their words or their host actions
 * name, with the requests the network monitor showed them from each; every response action is a course of
 * action; the plants and hosts they declared and the hosts they quarantined are the infrastructure. Nothing from the ground
 * truth (attacks, stages, expectations) goes in. docs/sharing.md.
 */
final class TraineeView {

    private TraineeView() {
    }

    static IncidentFacts facts(RecordReader record, StixOptions options) {
        List<ApprovedReport> approved = record.incidentReports();
        Optional<ApprovedReport> last = approved.isEmpty() ? Optional.empty()
                : Optional.of(approved.get(approved.size() - 1));
        if (last.isEmpty() && !options.draft()) {
            throw new StixException("the trainees approved no incident report for sharing in " + record.file()
                    + " (the console's Incident report tab); --draft writes one anyway, --view truth the answer key");
        }
        String lang = last.map(ApprovedReport::language)
                .orElse(record.meta().getOrDefault("language", "en"));
        StixTexts texts = StixTexts.of(lang);
        People people = new People(options.anonymise(), texts);
        List<Declaration> declarations = record.declarations();
        List<ActionTaken> actions = record.actions();

        Map<String, IncidentFacts.TechniqueSeen> techniques = new LinkedHashMap<>();
        List<IncidentFacts.Sighting> sightings = new ArrayList<>();
        Map<String, Double> addresses = new LinkedHashMap<>();
        Map<String, IncidentFacts.Asset> assets = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            Optional<Technique> technique = d.technique().flatMap(Techniques::find);
            technique.ifPresent(t -> techniques.putIfAbsent(t.id(),
                    new IncidentFacts.TechniqueSeen(t, d.plantTime(), OptionalDouble.empty())));
            sightings.add(new IncidentFacts.Sighting(d.plantTime(), people.name(d.trainee()), false, 1,
                    technique.map(Technique::id), texts.get("sighting.declared", people.name(d.trainee()),
                            where(d, texts), d.text())));
            IncidentReport.addressesIn(d.text()).forEach(a -> addresses.putIfAbsent(a, d.plantTime()));
            if (!d.plant().isEmpty()) {
                assets.putIfAbsent("plant:" + d.plant(), new IncidentFacts.Asset(d.plant(), "plant", d.plantTime()));
            }
            if (!d.host().isEmpty()) { // a kill chain's stage declared on a host of the site (format 6)
                assets.putIfAbsent("host:" + d.host(), new IncidentFacts.Asset(d.host(), "host", d.plantTime()));
            }
        }
        List<IncidentFacts.Response> responses = new ArrayList<>();
        for (ActionTaken a : actions) {
            responses.add(new IncidentFacts.Response(a.plantTime(), people.name(a.trainee()), a.action(), a.target(),
                    List.copyOf(techniques.keySet())));
            if (IncidentReport.ADDRESS_ACTIONS.contains(a.action())) {
                IncidentReport.addressesIn(a.target()).forEach(x -> addresses.putIfAbsent(x, a.plantTime()));
            }
            if (IncidentReport.HOST_ACTIONS.contains(a.action()) && !a.target().isBlank()) {
                assets.putIfAbsent("host:" + a.target(), new IncidentFacts.Asset(a.target(), "host", a.plantTime()));
            }
        }
        List<IncidentFacts.TrafficSeen> traffic = new ArrayList<>();
        addresses.forEach((address, named) -> {
            Optional<SourceTraffic> seen = record.trafficFrom(address);
            traffic.add(new IncidentFacts.TrafficSeen(address, true, seen.map(SourceTraffic::count).orElse(0L),
                    seen.map(SourceTraffic::first).orElse(named), seen.map(SourceTraffic::last).orElse(named),
                    seen.map(SourceTraffic::protocols).orElse(List.of()), List.of(), named,
                    List.copyOf(techniques.keySet())));
        });

        List<String> places = declarations.stream().map(d -> where(d, texts)).distinct().toList();
        String where = places.isEmpty() ? texts.get("plants.none") : String.join(", ", places);
        double published = last.map(ApprovedReport::plantTime).orElse(end(record));
        IncidentReport report = last.map(ApprovedReport::report).orElse(null);
        return new IncidentFacts(StixView.TRAINEES, texts.get("incident.trainees", where),
                report == null ? texts.get("incident.noWords") : report.whatHappened(),
                report == null ? "" : report.impact(), texts.lang(), published,
                report == null ? IncidentReport.Determination.SUSPECTED : report.determination(), "open",
                options.tlp().orElse(report == null ? Tlp.RED : report.tlp()),
                report == null ? IncidentReport.PhysicalImpact.NONE : report.physicalImpact(),
                report == null ? 0 : report.availabilityImpact(), report == null ? 0 : report.criticality(),
                declarations.isEmpty() ? List.of() : List.of(texts.get("detection.human")),
                techniques.isEmpty() ? List.of() : List.of("ot-cyber-attack"),
                last.map(r -> people.name(r.trainee())), List.copyOf(techniques.values()), traffic, sightings,
                responses, List.copyOf(assets.values()), List.of());
    }

    /** Where a declaration says the incident is: {@code the gas plant}, {@code engineering}, or both. */
    private static String where(Declaration d, StixTexts texts) {
        return DeclaredPlace.of(d.plant().isEmpty() ? "" : texts.get("plant", d.plant()), d.host());
    }

    /** The end of the run: the record's end, or its last historian second. */
    static double end(RecordReader record) {
        try {
            return Double.parseDouble(record.meta().getOrDefault("end_plant_time", ""));
        } catch (NumberFormatException e) {
            return record.plants().stream().map(record::historianRange).flatMap(Optional::stream)
                    .mapToDouble(r -> r[1] + 1).max().orElse(0);
        }
    }
}
