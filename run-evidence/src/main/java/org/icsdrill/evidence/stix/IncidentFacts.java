package org.icsdrill.evidence.stix;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.api.Attributions;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Tlp;

/**
 * What one view of the incident says, before it is written as STIX: gathered from the record by
 * {@link TraineeView} (only what the trainees declared, observed, did and approved) or {@link TruthView} (the
 * ground truth). Times are plant seconds.
 *
 * @param name             the incident's name
 * @param description      what happened, in {@code lang}
 * @param impact           the impact in words, in {@code lang} (may be empty)
 * @param lang             the language of the free text ({@code ja}, {@code en})
 * @param published        when the report was published: the approval, or the end of the run
 * @param status           the Incident Core Extension's {@code investigation_status}
 * @param detectionMethods how it was detected (none when it was not)
 * @param incidentTypes    the extension's {@code incident_types}
 * @param approvedBy       who approved the report for sharing, if anyone did
 */
record IncidentFacts(StixView view, String name, String description, String impact, String lang, double published,
                     IncidentReport.Determination determination, String status, Tlp tlp,
                     IncidentReport.PhysicalImpact physicalImpact, int availabilityImpact, int criticality,
                     List<String> detectionMethods, List<String> incidentTypes, Optional<String> approvedBy,
                     List<TechniqueSeen> techniques, List<TrafficSeen> traffic, List<Sighting> sightings,
                     List<Response> responses, List<Asset> assets, List<Attributions.Entry> attributions) {

    /** A technique: first declared (trainees) or started (truth), and, for an attack, when it stopped. */
    record TechniqueSeen(Technique technique, double first, OptionalDouble last) {
    }

    /**
     * Traffic from or to an address: {@code source} true when the address sent it (the attacker), false when it
     * was the destination; counted, first and last seen, by protocol, with destination ports when known; none
     * counted ({@code count} 0) when the address was only named.
     *
     * @param known      when the reporter knew of it: when the trainees first named it; the first time seen for the truth
     * @param techniques the techniques it indicates
     */
    record TrafficSeen(String address, boolean source, long count, double first, double last, List<String> protocols,
                       List<Integer> ports, double known, List<String> techniques) {
    }

    /**
     * Something detected, by whom ({@code by}: a trainee, or a detection tool when {@code tool}), at a time, how
     * often; of a technique or of the incident.
     */
    record Sighting(double time, String by, boolean tool, int count, Optional<String> technique, String text) {
    }

    /** A response taken (trainees) or expected (truth): the action, its target, who, and the techniques it answers. */
    record Response(double time, String by, String action, String target, List<String> techniques) {
    }

    /** A plant or a site host that the incident touched; {@code kind} is {@code plant} or {@code host}. */
    record Asset(String name, String kind, double first) {
    }
}
