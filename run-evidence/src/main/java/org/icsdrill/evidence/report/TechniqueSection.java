package org.icsdrill.evidence.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.evidence.trainees.DetectionResult;

/** The ATT&amp;CK for ICS techniques the attacks used, and whether the trainees detected and named each. */
final class TechniqueSection {

    private TechniqueSection() {
    }

    static void write(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        html.section("techniques", t.get("section.techniques"));
        Map<String, List<DetectionResult>> byTechnique = new LinkedHashMap<>();
        for (DetectionResult d : c.score().team().detections()) {
            byTechnique.computeIfAbsent(d.attack().technique(), k -> new ArrayList<>()).add(d);
        }
        if (byTechnique.isEmpty()) {
            html.p(t.get("text.noAttacks"));
        } else {
            html.table(null, t.get("col.technique"), t.get("col.name"), t.get("col.attacks"),
                    t.get("col.attacksDetected"), t.get("col.techniqueNamed"));
            for (Map.Entry<String, List<DetectionResult>> entry : byTechnique.entrySet()) {
                List<DetectionResult> attacks = entry.getValue();
                long detected = attacks.stream().filter(DetectionResult::detected).count();
                boolean named = attacks.stream().anyMatch(DetectionResult::techniqueNamed);
                html.row(entry.getKey(), attacks.get(0).attack().techniqueName(),
                        String.join(", ", attacks.stream().map(d -> d.attack().id()).toList()),
                        Html.badge(detected == attacks.size() ? "good" : "bad", detected + " / " + attacks.size()),
                        Html.badge(named ? "good" : "bad", t.yesNo(named)));
            }
            html.endTable();
        }
        html.endSection();
    }
}
