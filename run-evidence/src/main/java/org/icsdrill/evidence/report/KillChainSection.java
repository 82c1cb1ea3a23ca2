package org.icsdrill.evidence.report;

import java.util.List;
import java.util.Optional;
import org.icsdrill.evidence.record.RecordReader;

/**
 * A kill chain's course, when the scenario played one: each stage as it was reached, or first stopped by a
 * response, with its technique and hosts or why; then how far it got, how long after its first stage it was
 * stopped, whether it got into a control or the safety zone, and whether it reached a plant.
 */
final class KillChainSection {

    private KillChainSection() {
    }

    static void write(HtmlBuilder html, ReportContext c) {
        List<RecordReader.Event> stages = StageEvents.firstStops(c.record().events()).stream()
                .filter(e -> e.type().equals("stage_reached") || e.type().equals("stage_blocked")).toList();
        if (stages.isEmpty()) {
            return;
        }
        ReportTexts t = c.texts();
        html.section("kill-chain", t.get("section.killChain"));
        html.table(null, t.get("col.time"), t.get("col.stage"), t.get("col.technique"), t.get("col.stageOutcome"),
                t.get("col.stageDetail"));
        for (RecordReader.Event e : stages) {
            boolean reached = e.type().equals("stage_reached");
            html.row(c.plantTime(e.plantTime()), e.stepId().orElse(""), e.technique().orElse(""),
                    Html.badge(reached ? "bad" : "good", t.get(reached ? "text.stageReached" : "text.stageBlocked")),
                    e.text().orElse(""));
        }
        html.endTable();
        double first = stages.get(0).plantTime();
        long reached = stages.stream().filter(e -> e.type().equals("stage_reached")).count();
        Optional<RecordReader.Event> stopped = stages.stream().filter(e -> e.type().equals("stage_blocked")).findFirst();
        boolean plantReached = !c.record().attacks().isEmpty();
        // a reached stage names where it got, each host with its zone: "engineering (operations) -> gas-plc (control-gas)";
        // an attack that reached a plant got to its controller, in a control zone, whatever the stages say
        boolean control = plantReached || stages.stream().filter(e -> e.type().equals("stage_reached"))
                .anyMatch(e -> e.text().orElse("").matches(".*\\((control-[^)]*|safety)\\).*"));
        html.p(t.get("text.killChain", reached, c.plantTime(first),
                stopped.map(s -> t.get("text.chainStopped", c.plantTime(s.plantTime()), c.span(s.plantTime() - first)))
                        .orElse(t.get("text.chainNotStopped")),
                t.get(control ? "text.chainInControl" : "text.chainOutsideControl"),
                t.get(plantReached ? "text.chainReachedPlant" : "text.chainSparedPlant")));
        // detection: the first incident a trainee declared once the chain had begun, whatever it named
        html.p(c.record().declarations().stream().filter(d -> d.plantTime() >= first).findFirst()
                .map(d -> t.get("text.chainDeclared", c.plantTime(d.plantTime()), c.span(d.plantTime() - first)))
                .orElse(t.get("text.chainNotDeclared")));
        html.endSection();
    }
}
