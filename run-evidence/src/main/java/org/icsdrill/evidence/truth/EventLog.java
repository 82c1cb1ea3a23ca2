package org.icsdrill.evidence.truth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;
import org.icsdrill.scenario.engine.StageRoute;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Attribution;
import org.icsdrill.scenario.model.ParamValue;
import org.icsdrill.scenario.model.Parameters;

/**
 * The scenario's timeline as JSON lines: {@code attacks.jsonl} gets one line per attack when it
 * ends (start, end, technique, layer, source host, targets, parameters, and on a coupled run the plants
 * downstream of its own) and one per kill chain stage reached (its host and zone, the host it moved to and
 * that one's); {@code events.jsonl}
 * gets every event as it happens (injects, checkpoints, attacks and faults starting and stopping).
 */
public final class EventLog implements ScenarioListener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Simulation simulation;
    private final EffectContext context;
    private final Attribution attribution;
    private final AsyncLineWriter<ObjectNode> attacks;
    private final AsyncLineWriter<ObjectNode> events;

    public EventLog(EffectContext context, Path attacksFile, Path eventsFile) {
        this(context, attacksFile, eventsFile, Attribution.NONE);
    }

    /** @param attribution the incident the scenario follows, named on every attack and stage line */
    public EventLog(EffectContext context, Path attacksFile, Path eventsFile, Attribution attribution) {
        this.simulation = context.simulation();
        this.context = context;
        this.attribution = attribution;
        this.attacks = new AsyncLineWriter<>(attacksFile, null, ObjectNode::toString);
        this.events = new AsyncLineWriter<>(eventsFile, null, ObjectNode::toString);
    }

    @Override
    public void onEvent(ScenarioEvent event, RunningEffect effect) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", simulation.plantInstant(event.plantTimeSeconds()).toString());
        line.put("plant_time", event.plantTimeSeconds());
        line.put("event", event.type().name().toLowerCase(java.util.Locale.ROOT));
        event.stepId().ifPresent(id -> line.put("id", id));
        if (event.action() instanceof Action.Inject inject) {
            line.put("audience", inject.audience().name().toLowerCase(java.util.Locale.ROOT));
            line.put("text", inject.text());
            ArrayNode questions = line.putArray("questions");
            inject.questions().forEach(questions::add);
        } else if (event.action() instanceof Action.Checkpoint checkpoint) {
            line.put("text", checkpoint.text());
        } else if (event.action() instanceof Action.AttackStart attack) {
            line.put("kind", attack.kind().yamlName());
            line.put("technique", attack.technique().id());
        } else if (event.action() instanceof Action.Fault fault) {
            line.put("kind", fault.kind().yamlName());
        } else if (event.action() instanceof Action.Stage stage) {
            stageFields(line, stage, event);
            line.put("text", event.detail());
        }
        events.add(line);
        if (event.type() == ScenarioEvent.Type.STAGE_REACHED) {
            attacks.add(stageLine(event, (Action.Stage) event.action()));
        }
        if (event.type() == ScenarioEvent.Type.ATTACK_STOPPED && effect != null) {
            attacks.add(attackLine(effect, event.plantTimeSeconds()));
        }
    }

    private ObjectNode attackLine(RunningEffect effect, double end) {
        Action.AttackStart attack = (Action.AttackStart) effect.action();
        ObjectNode line = JSON.createObjectNode();
        line.put("id", effect.id());
        line.put("kind", attack.kind().yamlName());
        line.put("technique", attack.technique().id());
        line.put("technique_name", attack.technique().name());
        line.put("layer", attack.kind().layer().name().toLowerCase(java.util.Locale.ROOT));
        line.put("start", simulation.plantInstant(effect.startedAt()).toString());
        line.put("end", simulation.plantInstant(end).toString());
        line.put("start_plant_time", effect.startedAt());
        line.put("end_plant_time", end);
        line.put("delivery", attack.kind().delivery().jsonName());
        line.put("source_host", sourceHost(attack, name -> context.host(name).getHostAddress()));
        ArrayNode plants = line.putArray("plants");
        effect.plants().forEach(plants::add);
        if (!context.couplings().isEmpty()) {
            // the plants a consequence can reach through the couplings; labels.csv's <plant>_impact says when it did
            ArrayNode downstream = line.putArray("downstream");
            context.couplings().downstreamOf(effect.plants()).forEach(downstream::add);
        }
        ArrayNode targets = line.putArray("targets");
        attack.parameters().allTags().forEach(t -> targets.add(t.qualifiedName()));
        line.set("parameters", parametersJson(attack.parameters()));
        attribute(line);
        return line;
    }

    /**
     * A stage reached, as attacks.jsonl has it: a moment, labelled for its one plant second {@code [start, end)}
     * in labels.csv's {@code stage} column, with its technique, its hosts and their zones.
     */
    private ObjectNode stageLine(ScenarioEvent event, Action.Stage stage) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", stage.id());
        double start = event.plantTimeSeconds();
        line.put("start", simulation.plantInstant(start).toString());
        line.put("end", simulation.plantInstant(start + 1).toString());
        line.put("start_plant_time", start);
        line.put("end_plant_time", start + 1);
        line.putArray("plants");
        stageFields(line, stage, event);
        return line;
    }

    /** Kind, technique, layer, host and zone, the move's host and zone, and the incident's attribution. */
    private void stageFields(ObjectNode line, Action.Stage stage, ScenarioEvent event) {
        line.put("kind", "stage");
        line.put("technique", stage.technique().id());
        line.put("technique_name", stage.technique().name());
        line.put("layer", "it");
        line.put("host", stage.host());
        Optional<StageRoute> route = StageRoute.parse(event.detail());
        route.map(r -> r.from().zone()).filter(z -> !z.isEmpty()).ifPresent(z -> line.put("zone", z));
        stage.move().ifPresent(m -> line.put("to", m.to()));
        route.flatMap(StageRoute::to).map(StageRoute.Place::zone).filter(z -> !z.isEmpty())
                .ifPresent(z -> line.put("to_zone", z));
        attribute(line);
    }

    /** ATT&CK's software and campaign of the incident followed, when the scenario names them. */
    private void attribute(ObjectNode line) {
        if (!attribution.software().isEmpty()) {
            ArrayNode software = line.putArray("software");
            attribution.software().forEach(s -> software.add(s.id()));
        }
        attribution.campaign().ifPresent(c -> line.put("campaign", c.id()));
    }

    /**
     * The address whose requests carry a network attack, or null for an attack that sends nothing from
     * any address (inside the controller, at an instrument, or on the path: {@code delivery} says which).
     */
    public static String sourceHost(Action.AttackStart attack, java.util.function.UnaryOperator<String> address) {
        return attack.kind().sender(attack.parameters()).map(address).orElse(null);
    }

    /** An attack's parameters as a JSON object, as attacks.jsonl and the exercise record keep them. */
    public static ObjectNode parametersJson(Parameters parameters) {
        ObjectNode node = JSON.createObjectNode();
        for (Map.Entry<String, ParamValue> entry : parameters.values().entrySet()) {
            ParamValue value = entry.getValue();
            if (value instanceof ParamValue.NumberValue n) {
                node.put(entry.getKey(), n.value());
            } else if (value instanceof ParamValue.TextValue t) {
                node.put(entry.getKey(), t.value());
            } else if (value instanceof ParamValue.DurationValue d) {
                node.put(entry.getKey(), d.value().toNanos() / 1e9);
            } else if (value instanceof ParamValue.TagValue t) {
                node.put(entry.getKey(), t.value().qualifiedName());
            } else if (value instanceof ParamValue.TagListValue list) {
                ArrayNode tags = node.putArray(entry.getKey());
                list.value().forEach(t -> tags.add(t.qualifiedName()));
            } else if (value instanceof ParamValue.MapValue map) {
                ObjectNode inner = node.putObject(entry.getKey());
                map.value().forEach(inner::put);
            }
        }
        return node;
    }

    @Override
    public void close() {
        attacks.close();
        events.close();
    }
}
