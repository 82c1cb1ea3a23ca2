package org.icsdrill.evidence.trainees;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.evidence.record.Declaration;

/**
 * One trainee's score, or the team's (all trainees together: the first of anyone counts).
 *
 * @param trainee      the trainee's name; empty for the team
 * @param detections   one per attack that ran, in start order
 * @param responses    one per respond expectation whose attack ran
 * @param wrong        declarations that concern no attack
 * @param declarations how many declarations were made
 * @param actions      how many response actions were taken
 */
public record TraineeScore(Optional<String> trainee, List<DetectionResult> detections,
                           List<ResponseResult> responses, List<Declaration> wrong, int declarations, int actions) {

    public TraineeScore {
        detections = List.copyOf(detections);
        responses = List.copyOf(responses);
        wrong = List.copyOf(wrong);
    }

    public long detected() {
        return detections.stream().filter(DetectionResult::detected).count();
    }

    /** Detections the scenario expects (of attacks that ran). */
    public long expectedDetections() {
        return detections.stream().filter(d -> d.expected().isPresent()).count();
    }

    public long detectedOnTime() {
        return detections.stream().filter(d -> d.onTime().orElse(false)).count();
    }

    public long respondedOnTime() {
        return responses.stream().filter(ResponseResult::onTime).count();
    }

    /** Mean time to detect over the detected attacks, in seconds. */
    public OptionalDouble meanTimeToDetect() {
        return detections.stream().map(DetectionResult::timeToDetect).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }

    /** Mean time to respond over the expected responses that came, in seconds. */
    public OptionalDouble meanTimeToRespond() {
        return responses.stream().map(ResponseResult::timeToRespond).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }
}
