package org.icsdrill.evidence.report;

import java.util.List;
import org.icsdrill.api.Techniques;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.trainees.ChainOutcome;

/**
 * A kill chain's course, when the scenario played one: each stage as it was reached, or first stopped by a
 * response, with its technique and hosts or why; then how far it got, how long after its first stage it was
 * stopped, whether it got into a control or the safety zone, whether it reached a plant or which of the
 * scenario's attacks never ran (the impact avoided), and how long after its first stage it was detected.
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
        c.score().chain().ifPresent(chain -> {
            html.p(t.get("text.killChain", chain.stagesReached().size(), c.plantTime(chain.firstStage()),
                    chain.stopped().map(s -> t.get("text.chainStopped", c.plantTime(s.at()),
                            c.span(chain.timeToContain().getAsDouble()))).orElse(t.get("text.chainNotStopped")),
                    t.get(chain.intoControlZone() ? "text.chainInControl" : "text.chainOutsideControl"),
                    chain.plantReached() ? t.get("text.chainReachedPlant") : spared(t, chain)));
            html.p(detected(c, chain));
        });
        html.endSection();
    }

    /** The impact avoided: the scenario's attacks that never ran, with their techniques. */
    private static String spared(ReportTexts t, ChainOutcome chain) {
        List<String> never = chain.avoided().stream()
                .map(a -> a.id() + " (" + a.technique() + Techniques.find(a.technique()).map(x -> " " + x.name())
                        .orElse("") + ")").toList();
        return never.isEmpty() ? t.get("text.chainSparedPlant") : t.get("text.chainSpared", String.join(", ", never));
    }

    /**
     * Detection: the first declaration that detects a stage or an attack of the chain (the scorer's rule); else
     * the first incident declared once the chain had begun, whatever it named.
     */
    private static String detected(ReportContext c, ChainOutcome chain) {
        ReportTexts t = c.texts();
        double first = chain.firstStage();
        return chain.detectingDeclaration()
                .map(d -> t.get("text.chainDetected", c.plantTime(d.plantTime()), c.span(d.plantTime() - first),
                        d.trainee(), d.place(), chain.detectedBy().orElseThrow().attack().id()))
                .orElseGet(() -> c.record().declarations().stream().filter(d -> d.plantTime() >= first).findFirst()
                        .map(d -> t.get("text.chainDeclared", c.plantTime(d.plantTime()), c.span(d.plantTime() - first)))
                        .orElse(t.get("text.chainNotDeclared")));
    }
}
