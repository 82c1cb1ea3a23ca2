package org.icsdrill.ui.desk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdrill.api.DetectionRule;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.api.TimelineEntry;

/**
 * Puts the script's ground truth (with the injects it handed out and the plants' trips) beside what
 * the trainees declared and did, by plant time, and measures for each attack how long the trainees
 * took to detect it and to respond, by the report's own rules ({@link DetectionRule},
 * {@link ResponseRule}). Pure, so the rules are tested without a screen; the view model turns the
 * results into text.
 */
final class TimelineAlignment {

    /** One line of the two lists: a ground-truth entry, a trainee's, or both when they fell in the same second. */
    record Pair(double plantTime, TimelineEntry truth, TimelineEntry trainee) {
    }

    /**
     * An attack's start with the delays, in plant seconds, to the declaration that detects it and to
     * its response, both as the report counts them; empty while the trainees have not got there.
     *
     * @param responseExpected whether the scenario expects a response to it: without one it has none
     * @param detectableUntil  the last plant time a declaration still concerns the attack (infinite while
     *                         it runs): past it, an undetected attack is missed for good
     */
    record AttackSummary(TimelineEntry start, OptionalDouble toDeclaration, boolean responseExpected,
                         OptionalDouble toResponse, double detectableUntil) {
    }

    private TimelineAlignment() {
    }

    /**
     * What the trainees themselves did. The instructor's commands and notes are neither side: they are
     * the drill's running, not what is compared.
     */
    static boolean trainees(TimelineEntry.Kind kind) {
        return switch (kind) {
            case DECLARATION, RESPONSE, ANSWER, ALARM_ACKNOWLEDGED, ALARM_SHELVED, REPORT_APPROVED -> true;
            default -> false;
        };
    }

    /** The script's and the plants' side: attacks, faults, the injects handed out, trips and damage. */
    static boolean script(TimelineEntry.Kind kind) {
        return kind.isGroundTruth() || kind == TimelineEntry.Kind.INJECT || kind == TimelineEntry.Kind.PLANT_STATUS;
    }

    /** Both sides in plant-time order; entries of the same plant second share lines, so each side reads on its own. */
    static List<Pair> align(List<TimelineEntry> timeline) {
        List<TimelineEntry> sorted = timeline.stream()
                .filter(e -> script(e.kind()) || trainees(e.kind()))
                .sorted(Comparator.comparingDouble(TimelineEntry::plantTime))
                .toList();
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            double second = Math.floor(sorted.get(i).plantTime());
            List<TimelineEntry> truth = new ArrayList<>();
            List<TimelineEntry> trainee = new ArrayList<>();
            for (; i < sorted.size() && Math.floor(sorted.get(i).plantTime()) == second; i++) {
                (script(sorted.get(i).kind()) ? truth : trainee).add(sorted.get(i));
            }
            for (int k = 0; k < Math.max(truth.size(), trainee.size()); k++) {
                pairs.add(new Pair(second, k < truth.size() ? truth.get(k) : null,
                        k < trainee.size() ? trainee.get(k) : null));
            }
        }
        return pairs;
    }

    /**
     * Every attack started and every kill chain's stage reached so far, in order (a stage is detected by a
     * declaration on one of the hosts it reached). {@code techniqueRequired} names the attacks whose
     * expectation asks for the technique; {@code responses} the actions that answer the attacks the
     * scenario expects a response to, by attack id ({@link ResponseRule}). A declaration or response
     * before the attack does not count for it.
     */
    static List<AttackSummary> attacks(List<TimelineEntry> timeline, Set<String> techniqueRequired,
                                       Map<String, List<ResponseRule.Expected>> responses) {
        List<DetectionRule.Claim> claims = timeline.stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.DECLARATION)
                // the console's declarations name a plant or a host and a technique, never an attack id
                .map(e -> new DetectionRule.Claim(e.plantTime(), e.plant(), e.target(), "", e.what()))
                .toList();
        List<ResponseRule.Taken> taken = timeline.stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.RESPONSE)
                .map(e -> new ResponseRule.Taken(e.plantTime(), e.what(), e.plant(), e.target()))
                .toList();
        return timeline.stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.ATTACK_STARTED || isStage(e))
                .sorted(Comparator.comparingDouble(TimelineEntry::plantTime))
                .map(start -> {
                    DetectionRule.Attack attack = isStage(start)
                            ? DetectionRule.Attack.stage(start.what(), places(start), technique(start), start.plantTime())
                            : new DetectionRule.Attack(start.what(), places(start), start.detail(), start.plantTime(),
                            end(timeline, start));
                    OptionalDouble detected = DetectionRule.firstDetecting(claims, c -> c, attack,
                                    techniqueRequired.contains(start.what()))
                            .map(c -> OptionalDouble.of(c.plantTime() - start.plantTime())).orElse(OptionalDouble.empty());
                    double until = attack.end().isPresent() ? attack.end().getAsDouble() + DetectionRule.RECENT_SECONDS
                            : Double.POSITIVE_INFINITY;
                    List<ResponseRule.Expected> expected = responses.get(start.what());
                    OptionalDouble responded = expected == null ? OptionalDouble.empty()
                            : ResponseRule.firstResponse(taken, t -> t, start.plantTime(), expected)
                            .map(t -> OptionalDouble.of(t.plantTime() - start.plantTime())).orElse(OptionalDouble.empty());
                    return new AttackSummary(start, detected, expected != null, responded, until);
                })
                .toList();
    }

    /** When the attack stopped: the first stop of its id at or after its start. */
    private static OptionalDouble end(List<TimelineEntry> timeline, TimelineEntry start) {
        return timeline.stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.ATTACK_STOPPED && e.what().equals(start.what())
                        && e.plantTime() >= start.plantTime())
                .mapToDouble(TimelineEntry::plantTime).min();
    }

    static boolean isStage(TimelineEntry entry) {
        return entry.kind() == TimelineEntry.Kind.STAGE_REACHED;
    }

    /**
     * Where an attack is: its plants (the ground truth names several comma-separated when an attack spans
     * sites), or the hosts a stage reached.
     */
    static Set<String> places(TimelineEntry start) {
        return Arrays.stream((isStage(start) ? start.target() : start.plant()).split(",")).map(String::trim)
                .filter(p -> !p.isEmpty()).collect(Collectors.toSet());
    }

    /** An attack's technique; a stage's entry says it first, then the hosts it reached. */
    static String technique(TimelineEntry start) {
        return isStage(start) ? start.detail().split(" ", 2)[0] : start.detail();
    }
}
