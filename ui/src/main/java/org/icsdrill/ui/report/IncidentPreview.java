package org.icsdrill.ui.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;
import org.icsdrill.api.TimelineEntry;

/**
 * What the trainees' STIX bundle will hold, from what every console reads of the drill (the declarations and
 * responses on the timeline) by the export's own rules (docs/sharing.md): an attack-pattern per technique
 * declared, a sighting per declaration, an indicator per address named in a declaration or aimed at by a host
 * action, a course of action per response, infrastructure for the plants and hosts declared and the hosts
 * quarantined.
 */
record IncidentPreview(List<Technique> techniques, int sightings, List<String> addresses, int responses,
                       List<String> infrastructure) {

    static IncidentPreview of(List<TimelineEntry> entries) {
        Set<Technique> techniques = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> infrastructure = new LinkedHashSet<>();
        int sightings = 0;
        int responses = 0;
        for (TimelineEntry e : entries) {
            if (e.kind() == TimelineEntry.Kind.DECLARATION) {
                sightings++;
                Techniques.find(e.what()).ifPresent(techniques::add);
                addresses.addAll(IncidentReport.addressesIn(e.detail()));
                if (!e.plant().isBlank()) {
                    infrastructure.add(e.plant());
                }
                if (!e.target().isBlank()) { // the site's host declared
                    infrastructure.add(e.target());
                }
            } else if (e.kind() == TimelineEntry.Kind.RESPONSE) {
                responses++;
                if (IncidentReport.ADDRESS_ACTIONS.contains(e.what())) {
                    addresses.addAll(IncidentReport.addressesIn(e.target()));
                }
                if (IncidentReport.HOST_ACTIONS.contains(e.what()) && !e.target().isBlank()) {
                    infrastructure.add(e.target());
                }
            }
        }
        return new IncidentPreview(new ArrayList<>(techniques), sightings, new ArrayList<>(addresses), responses,
                new ArrayList<>(infrastructure));
    }
}
