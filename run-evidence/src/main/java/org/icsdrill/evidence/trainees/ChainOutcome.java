package org.icsdrill.evidence.trainees;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.scenario.engine.StageRoute;

/**
 * How a kill chain went, for the score and the after-action report alike (docs/scoring.md, "Kill chains"):
 * the stages reached, whether one got into a control or the safety zone, whether an attack reached a plant
 * or which of the scenario's attacks never ran (the impact avoided), and the times from its first stage (the
 * initial access) to its detection and to its containment.
 *
 * @param firstStage  plant time of the chain's first stage, reached or stopped
 * @param stopped     the first time a response stopped a stage, and which stage
 * @param detectedBy  the first declaration that detected a stage or an attack of the chain, and which
 */
public record ChainOutcome(List<String> stagesReached, double firstStage, Optional<Stop> stopped,
                           boolean intoControlZone, boolean plantReached, List<RecordReader.ScenarioAttack> avoided,
                           Optional<DetectionResult> detectedBy) {

    /** A response stopped {@code stage} at plant time {@code at}. */
    public record Stop(String stage, double at) {
    }

    public ChainOutcome {
        stagesReached = List.copyOf(stagesReached);
        avoided = List.copyOf(avoided);
    }

    /** The chain of the record, if its scenario played one and a stage was tried. */
    static Optional<ChainOutcome> of(RecordReader record, List<DetectionResult> detections) {
        List<RecordReader.Event> stages = record.events().stream()
                .filter(e -> e.type().equals("stage_reached") || e.type().equals("stage_blocked")).toList();
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        List<RecordReader.Event> reached = stages.stream().filter(e -> e.type().equals("stage_reached")).toList();
        List<RecordReader.Attack> ran = record.attacks();
        // an attack that reached a plant got to its controller, in a control zone, whatever the stages say
        boolean control = !ran.isEmpty() || reached.stream()
                .flatMap(e -> StageRoute.parse(e.text().orElse("")).stream())
                .flatMap(r -> r.places().stream())
                .anyMatch(p -> p.zone().startsWith("control-") || p.zone().equals("safety"));
        Optional<Stop> stopped = stages.stream().filter(e -> e.type().equals("stage_blocked")).findFirst()
                .map(e -> new Stop(e.stepId().orElse(""), e.plantTime()));
        List<RecordReader.ScenarioAttack> avoided = record.scenarioAttacks().stream()
                .filter(a -> ran.stream().noneMatch(r -> r.id().equals(a.id()))).toList();
        Optional<DetectionResult> first = detections.stream().filter(DetectionResult::detected)
                .min(Comparator.comparingDouble(d -> d.detectedBy().orElseThrow().plantTime()));
        return Optional.of(new ChainOutcome(reached.stream().map(e -> e.stepId().orElse("")).toList(),
                stages.get(0).plantTime(), stopped, control, !ran.isEmpty(), avoided, first));
    }

    /** Seconds from the first stage to the first declaration that detected the chain; empty when none did. */
    public OptionalDouble timeToDetect() {
        return detectedBy.flatMap(DetectionResult::detectedBy).map(d -> OptionalDouble.of(d.plantTime() - firstStage))
                .orElse(OptionalDouble.empty());
    }

    /** Seconds from the first stage to the first stop; empty when no response stopped it. */
    public OptionalDouble timeToContain() {
        return stopped.map(s -> OptionalDouble.of(s.at() - firstStage)).orElse(OptionalDouble.empty());
    }

    /** The declaration that detected the chain first. */
    public Optional<Declaration> detectingDeclaration() {
        return detectedBy.flatMap(DetectionResult::detectedBy);
    }
}
