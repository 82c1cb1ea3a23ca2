package org.icsdrill.evidence.trainees;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.OptionalDouble;
import org.icsdrill.evidence.record.ActionTaken;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.LimitExcursion;

/**
 * The trainees' score as JSON: snake_case keys, plant times and spans in seconds, {@code null}
 * where a value is undefined (the time to detect of a missed attack, "on time" without an expectation).
 */
public final class ExerciseScoreJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExerciseScoreJson() {
    }

    public static String write(ExerciseScore score) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("id", score.scenarioId());
        scenario.put("title", score.scenarioTitle());
        root.put("recent_seconds", TraineeScorer.RECENT_SECONDS);
        trainee(root.putObject("team"), score.team());
        ArrayNode trainees = root.putArray("trainees");
        score.trainees().forEach(t -> trainee(trainees.addObject(), t));
        outcome(root.putObject("outcome"), score.outcome());
        ArrayNode notRun = root.putArray("not_run");
        score.notRun().forEach(notRun::add);
        score.chain().ifPresentOrElse(c -> chain(root.putObject("kill_chain"), c), () -> root.putNull("kill_chain"));
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void trainee(ObjectNode node, TraineeScore score) {
        score.trainee().ifPresentOrElse(t -> node.put("trainee", t), () -> node.putNull("trainee"));
        node.put("declarations", score.declarations());
        node.put("actions", score.actions());
        node.put("attacks", score.detections().size());
        node.put("detected", score.detected());
        node.put("expected_detections", score.expectedDetections());
        node.put("detected_on_time", score.detectedOnTime());
        node.put("expected_responses", score.responses().size());
        node.put("responded_on_time", score.respondedOnTime());
        seconds(node, "mean_time_to_detect_seconds", score.meanTimeToDetect());
        seconds(node, "mean_time_to_respond_seconds", score.meanTimeToRespond());
        node.put("wrong_declarations", score.wrong().size());
        ArrayNode detections = node.putArray("detections");
        for (DetectionResult d : score.detections()) {
            ObjectNode n = detections.addObject();
            n.put("attack", d.attack().id());
            n.put("technique", d.attack().technique());
            n.put("start", d.attack().start());
            d.attack().end().ifPresentOrElse(e -> n.put("end", e), () -> n.putNull("end"));
            d.expected().ifPresentOrElse(e -> {
                ObjectNode x = n.putObject("expected");
                x.put("within_seconds", e.within().toMillis() / 1000.0);
                x.put("technique", e.technique());
            }, () -> n.putNull("expected"));
            n.put("detected", d.detected());
            seconds(n, "time_to_detect_seconds", d.timeToDetect());
            d.onTime().ifPresentOrElse(o -> n.put("on_time", o), () -> n.putNull("on_time"));
            n.put("plant_named", d.plantNamed());
            n.put("technique_named", d.techniqueNamed());
            d.detectedBy().ifPresentOrElse(x -> declaration(n.putObject("declaration"), x),
                    () -> n.putNull("declaration"));
        }
        ArrayNode responses = node.putArray("responses");
        for (ResponseResult r : score.responses()) {
            ObjectNode n = responses.addObject();
            n.put("attack", r.attack().id());
            n.put("within_seconds", r.expected().within().toMillis() / 1000.0);
            ArrayNode accepted = n.putArray("accepted_actions");
            ArrayNode targets = n.putArray("accepted");
            r.expected().actions().forEach(a -> {
                accepted.add(a.actionName());
                targets.addObject().put("action", a.actionName()).put("target", a.target());
            });
            seconds(n, "time_to_respond_seconds", r.timeToRespond());
            n.put("on_time", r.onTime());
            r.first().ifPresentOrElse(a -> action(n.putObject("action"), a), () -> n.putNull("action"));
        }
        ArrayNode wrong = node.putArray("wrong");
        score.wrong().forEach(d -> declaration(wrong.addObject(), d));
    }

    private static void declaration(ObjectNode n, Declaration d) {
        n.put("plant_time", d.plantTime());
        n.put("trainee", d.trainee());
        n.put("plant", d.plant());
        n.put("host", d.host());
        d.attackId().ifPresentOrElse(a -> n.put("attack_id", a), () -> n.putNull("attack_id"));
        d.technique().ifPresentOrElse(t -> n.put("technique", t), () -> n.putNull("technique"));
        n.put("text", d.text());
    }

    private static void action(ObjectNode n, ActionTaken a) {
        n.put("plant_time", a.plantTime());
        n.put("trainee", a.trainee());
        n.put("action", a.action());
        n.put("target", a.target());
        n.put("detail", a.detail());
    }

    private static void outcome(ObjectNode node, Outcome outcome) {
        node.put("status_recorded", outcome.statusRecorded());
        node.put("damaged", outcome.damaged());
        node.put("trips", outcome.trips());
        node.put("minutes_out_of_limits", outcome.minutesOutOfLimits());
        ObjectNode limits = node.putObject("limits");
        limits.put("no_damage", outcome.limits().noDamage());
        limits.put("no_trip", outcome.limits().noTrip());
        node.put("no_damage_kept", outcome.noDamageKept());
        node.put("no_trip_kept", outcome.noTripKept());
        ArrayNode plants = node.putArray("plants");
        for (PlantOutcome p : outcome.plants()) {
            ObjectNode n = plants.addObject();
            n.put("plant", p.plant());
            n.put("trips", p.trips());
            p.damage().ifPresentOrElse(d -> {
                ObjectNode x = n.putObject("damage");
                x.put("plant_time", d.plantTime());
                x.put("description", d.damage().orElse(""));
            }, () -> n.putNull("damage"));
            n.put("seconds_out_of_limits", p.secondsOutOfLimits());
            ArrayNode excursions = n.putArray("excursions");
            for (LimitExcursion e : p.excursions()) {
                ObjectNode x = excursions.addObject();
                x.put("tag", e.tag().name());
                x.put("unit", e.tag().unit());
                limit(x, "high_high", e.tag().highHigh());
                limit(x, "low_low", e.tag().lowLow());
                x.put("seconds_above_high_high", e.secondsAboveHighHigh());
                x.put("seconds_below_low_low", e.secondsBelowLowLow());
            }
        }
    }

    private static void limit(ObjectNode n, String key, double value) {
        if (Double.isNaN(value)) {
            n.putNull(key);
        } else {
            n.put(key, value);
        }
    }

    /** The chain's course: stages reached, zones, plant, impact avoided, times to detect and to contain. */
    private static void chain(ObjectNode n, ChainOutcome c) {
        ArrayNode stages = n.putArray("stages_reached");
        c.stagesReached().forEach(stages::add);
        n.put("first_stage_plant_time", c.firstStage());
        c.stopped().ifPresentOrElse(s -> n.put("stopped_at_stage", s.stage()), () -> n.putNull("stopped_at_stage"));
        n.put("into_control_zone", c.intoControlZone());
        n.put("plant_reached", c.plantReached());
        ArrayNode avoided = n.putArray("attacks_avoided");
        c.avoided().forEach(a -> avoided.addObject().put("id", a.id()).put("technique", a.technique()));
        seconds(n, "time_to_detect_seconds", c.timeToDetect());
        seconds(n, "time_to_contain_seconds", c.timeToContain());
    }

    private static void seconds(ObjectNode n, String key, OptionalDouble value) {
        if (value.isPresent()) {
            n.put(key, value.getAsDouble());
        } else {
            n.putNull(key);
        }
    }
}
