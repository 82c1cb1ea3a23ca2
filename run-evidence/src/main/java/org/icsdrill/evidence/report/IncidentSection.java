package org.icsdrill.evidence.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.icsdrill.evidence.record.ApprovedReport;
import org.icsdrill.evidence.stix.SharedIncident;
import org.icsdrill.evidence.stix.StixExport;
import org.icsdrill.evidence.stix.StixOptions;
import org.icsdrill.evidence.stix.StixReadBack;
import org.icsdrill.evidence.stix.StixView;

/**
 * The incident as it would be shared (STIX 2.1, docs/sharing.md): the trainees' bundle, from the report they
 * approved (or, without one, their draft), beside the truth bundle, the answer key, each read back as a TIP
 * would read it.
 */
final class IncidentSection {

    private IncidentSection() {
    }

    static void write(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        html.section("sharing", t.get("section.sharing"));
        List<ApprovedReport> approved = c.record().incidentReports();
        Optional<ApprovedReport> last = approved.isEmpty() ? Optional.empty()
                : Optional.of(approved.get(approved.size() - 1));
        html.p(last.map(r -> t.get("text.sharingApproved", r.trainee(), c.plantTime(r.plantTime())))
                .orElse(t.get("text.sharingNotApproved")));
        SharedIncident trainees = read(c, new StixOptions(StixView.TRAINEES, "", false, Optional.empty(), true));
        SharedIncident truth = read(c, StixOptions.of(StixView.TRUTH));
        html.table("sharing", "", t.get("col.traineesBundle"), t.get("col.truthBundle"));
        row(html, t.get("row.incident"), trainees, truth, SharedIncident::name);
        row(html, t.get("row.tlp"), trainees, truth, SharedIncident::tlp);
        row(html, t.get("row.determination"), trainees, truth, SharedIncident::determination);
        row(html, t.get("row.criticality"), trainees, truth, s -> String.valueOf(s.criticality()));
        row(html, t.get("row.techniques"), trainees, truth, s -> String.join(", ", s.techniques().stream()
                .map(x -> x.id() + " " + x.name() + " (" + x.start().substring(11, 19) + ")").toList()));
        for (String type : List.of("indicator", "observed-data", "sighting", "course-of-action", "infrastructure",
                "relationship")) {
            row(html, type, trainees, truth, s -> String.valueOf(s.count(type)));
        }
        row(html, t.get("row.published"), trainees, truth, SharedIncident::published);
        html.endTable();
        html.p(t.get("text.sharingExport"));
        html.endSection();
    }

    private static SharedIncident read(ReportContext c, StixOptions options) {
        return StixReadBack.read(StixExport.bundle(c.record(), options));
    }

    private static void row(HtmlBuilder html, String name, SharedIncident trainees, SharedIncident truth,
                            Function<SharedIncident, String> value) {
        String a = value.apply(trainees);
        String b = value.apply(truth);
        html.row(name, a.isEmpty() ? "—" : a, b.isEmpty() ? "—" : b);
    }
}
