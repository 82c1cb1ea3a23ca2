package org.icsdrill.evidence.stix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A STIX 2.1 incident bundle read back ({@link StixReadBack}): the incident, its determination and marking, the
 * ATT&CK techniques with their times, the indicators' patterns and how many objects of each type it holds.
 * What the after-action report shows of each view, and what the round-trip test compares.
 *
 * @param tlp       the incident's TLP marking, {@code TLP:AMBER}; empty text when it has none
 * @param published the report's {@code published}; empty text when the bundle has no report
 */
public record SharedIncident(String incidentId, String name, String description, String lang, String determination,
                             String status, int criticality, String tlp, String published,
                             List<TechniqueTime> techniques, List<String> indicatorPatterns,
                             Map<String, Integer> counts) {

    /** A technique ({@code T0855}) with the time the incident first had it and, for an attack that stopped, the end. */
    public record TechniqueTime(String id, String name, String start, Optional<String> stop) {
    }

    public SharedIncident {
        techniques = List.copyOf(techniques);
        indicatorPatterns = List.copyOf(indicatorPatterns);
        counts = Map.copyOf(counts);
    }

    /** How many objects of a STIX type the bundle holds. */
    public int count(String type) {
        return counts.getOrDefault(type, 0);
    }
}
