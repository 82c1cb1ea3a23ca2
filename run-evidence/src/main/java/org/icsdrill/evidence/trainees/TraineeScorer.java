package org.icsdrill.evidence.trainees;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.icsdrill.api.DetectionRule;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.evidence.record.ActionTaken;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.ExpectedAction;

/**
 * Scores the trainees' declarations and response actions against the attacks of an exercise record
 * and the scenario's expectations (docs/scoring.md, "Scoring trainees").
 *
 * <p>Which declaration concerns and which detects an attack is {@link DetectionRule}'s, the rule the
 * instructor's desk applies during the drill, so the two never disagree. A declaration that concerns
 * no attack is <em>wrong</em>. The response to an attack the scenario expects one to is
 * {@link ResponseRule}'s, which the desk applies too: the first action at or after the attack's start
 * that the expectation accepts, action and target (any action when its list is empty, as in records
 * of format 2), with no upper bound.
 */
public final class TraineeScorer {

    /** A declaration up to ten minutes after an attack stopped still concerns it ("recently run"). */
    public static final double RECENT_SECONDS = DetectionRule.RECENT_SECONDS;

    private TraineeScorer() {
    }

    /** Scores everything the record holds; the record alone is enough (format 2). */
    public static ExerciseScore score(RecordReader record) {
        Expectations expectations = record.expectations();
        Map<String, String> meta = record.meta();
        ExerciseScore score = score(meta.getOrDefault("scenario_id", ""), meta.getOrDefault("scenario_title", ""),
                Stream.concat(record.attacks().stream(), record.stagesReached().stream()).toList(), expectations,
                record.declarations(), record.actions(),
                OutcomeReader.read(record, expectations.limits()));
        return score.withChain(ChainOutcome.of(record, score.team().detections()));
    }

    public static ExerciseScore score(String scenarioId, String scenarioTitle, List<RecordReader.Attack> attacks,
                                      Expectations expectations, List<Declaration> declarations,
                                      List<ActionTaken> actions, Outcome outcome) {
        TraineeScore team = trainee(Optional.empty(), attacks, expectations, declarations, actions);
        Set<String> names = new TreeSet<>();
        Stream.concat(declarations.stream().map(Declaration::trainee), actions.stream().map(ActionTaken::trainee))
                .filter(Objects::nonNull).forEach(names::add);
        List<TraineeScore> trainees = new ArrayList<>();
        for (String name : names) {
            trainees.add(trainee(Optional.of(name), attacks, expectations,
                    declarations.stream().filter(d -> name.equals(d.trainee())).toList(),
                    actions.stream().filter(a -> name.equals(a.trainee())).toList()));
        }
        Set<String> ran = new LinkedHashSet<>();
        attacks.forEach(a -> ran.add(a.id()));
        List<String> notRun = Stream.concat(expectations.detect().stream().map(Expectations.Detect::attack),
                expectations.respond().stream().map(Expectations.Respond::attack))
                .filter(id -> !ran.contains(id)).distinct().toList();
        return new ExerciseScore(scenarioId, scenarioTitle, team, trainees, outcome, notRun, Optional.empty());
    }

    static TraineeScore trainee(Optional<String> trainee, List<RecordReader.Attack> attacks,
                                Expectations expectations, List<Declaration> declarations,
                                List<ActionTaken> actions) {
        List<Declaration> byTime = declarations.stream()
                .sorted((a, b) -> Double.compare(a.plantTime(), b.plantTime())).toList();
        List<ActionTaken> actionsByTime = actions.stream()
                .sorted((a, b) -> Double.compare(a.plantTime(), b.plantTime())).toList();
        List<DetectionResult> detections = new ArrayList<>();
        List<ResponseResult> responses = new ArrayList<>();
        for (RecordReader.Attack attack : attacks) {
            Optional<Expectations.Detect> expected = expectations.detect().stream()
                    .filter(e -> e.attack().equals(attack.id())).findFirst();
            boolean needTechnique = expected.map(Expectations.Detect::technique).orElse(false);
            List<Declaration> concerning = byTime.stream().filter(d -> concerns(d, attack)).toList();
            Optional<Declaration> detectedBy = DetectionRule.firstDetecting(byTime, TraineeScorer::claim,
                    rule(attack), needTechnique);
            detections.add(new DetectionResult(attack, expected, detectedBy,
                    concerning.stream().anyMatch(d -> namesPlace(d, attack)),
                    concerning.stream().anyMatch(d -> namesTechnique(d, attack))));
            responses(attack, expectations, actionsByTime, responses);
        }
        List<Declaration> wrong = byTime.stream().filter(d -> attacks.stream().noneMatch(a -> concerns(d, a)))
                .toList();
        return new TraineeScore(trainee, detections, responses, wrong, declarations.size(), actions.size());
    }

    private static void responses(RecordReader.Attack attack, Expectations expectations, List<ActionTaken> actionsByTime,
                                  List<ResponseResult> responses) {
        for (Expectations.Respond respond : expectations.respond()) {
            if (respond.attack().equals(attack.id())) {
                responses.add(new ResponseResult(attack, respond, ResponseRule.firstResponse(actionsByTime,
                        TraineeScorer::taken, attack.start(), respond.actions().stream().map(ExpectedAction::rule)
                                .toList())));
            }
        }
    }

    /**
     * An action the record holds with the arguments it was taken with: the record keeps the target as
     * given (or the plant when none was), and the plant as {@code plant X} in the detail.
     */
    static ResponseRule.Taken taken(ActionTaken taken) {
        String detail = taken.detail() == null ? "" : taken.detail().strip();
        String plant = detail.startsWith("plant ") ? detail.substring("plant ".length()) : "";
        String target = taken.target() == null ? "" : taken.target();
        return new ResponseRule.Taken(taken.plantTime(), taken.action(), plant, target.equals(plant) ? "" : target);
    }

    /** {@link DetectionRule#concerns}: in the attack's window, about its id or, naming none, its plant. */
    static boolean concerns(Declaration declaration, RecordReader.Attack attack) {
        return DetectionRule.concerns(claim(declaration), rule(attack));
    }

    static boolean namesPlace(Declaration declaration, RecordReader.Attack attack) {
        return DetectionRule.namesPlace(claim(declaration), rule(attack));
    }

    static boolean namesTechnique(Declaration declaration, RecordReader.Attack attack) {
        return DetectionRule.namesTechnique(claim(declaration), rule(attack));
    }

    private static DetectionRule.Claim claim(Declaration declaration) {
        return new DetectionRule.Claim(declaration.plantTime(), declaration.plant(), declaration.host(),
                declaration.attackId().orElse(""), declaration.technique().orElse(""));
    }

    /** An attack, or a kill chain's stage, which a declaration on one of the hosts it reached detects. */
    private static DetectionRule.Attack rule(RecordReader.Attack attack) {
        return attack.kind().equals("stage")
                ? DetectionRule.Attack.stage(attack.id(), attack.targets(), attack.technique(), attack.start())
                : new DetectionRule.Attack(attack.id(), attack.plants(), attack.technique(), attack.start(), attack.end());
    }
}
