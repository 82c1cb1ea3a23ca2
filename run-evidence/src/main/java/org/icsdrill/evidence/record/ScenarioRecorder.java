package org.icsdrill.evidence.record;

import java.util.Locale;
import org.icsdrill.evidence.truth.EventLog;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Hosts;

/**
 * Records the scenario as the engine plays it: each event in {@code event}, and each attack in
 * {@code attack}, written when it starts and given its end when it stops, so that a record cut short
 * shows the attacks that were still running. Labels need no table: they follow from the windows.
 */
final class ScenarioRecorder implements ScenarioListener {

    private final RecordWriter writer;
    private final Hosts hosts;

    /** @param hosts the scenario's hosts, with the attacker's, to name an attack's source host */
    ScenarioRecorder(RecordWriter writer, Hosts hosts) {
        this.writer = writer;
        this.hosts = hosts;
    }

    @Override
    public void onEvent(ScenarioEvent event, RunningEffect effect) {
        writer.offer(eventRow(event));
        if (effect != null && effect.action() instanceof Action.AttackStart attack) {
            if (event.type() == ScenarioEvent.Type.ATTACK_STARTED) {
                writer.offer(attackRow(effect, attack));
            } else if (event.type() == ScenarioEvent.Type.ATTACK_STOPPED) {
                writer.offer(new RecordWriter.Insert("UPDATE attack SET end_time = ? WHERE id = ?",
                        event.plantTimeSeconds(), effect.id()));
            }
        }
    }

    private static RecordWriter.Insert eventRow(ScenarioEvent event) {
        String kind = null;
        String technique = null;
        String text = null;
        Action action = event.action();
        if (action instanceof Action.Inject inject) {
            text = inject.text();
        } else if (action instanceof Action.Checkpoint checkpoint) {
            text = checkpoint.text();
        } else if (action instanceof Action.AttackStart attack) {
            kind = attack.kind().yamlName();
            technique = attack.technique().id();
        } else if (action instanceof Action.Fault fault) {
            kind = fault.kind().yamlName();
        } else if (action instanceof Action.Stage stage) {
            kind = "stage";
            technique = stage.technique().id();
            text = event.detail(); // the hosts it reached, or why it was blocked
        }
        return new RecordWriter.Insert("INSERT INTO event (plant_time, type, step_id, kind, technique, text)"
                + " VALUES (?, ?, ?, ?, ?, ?)", event.plantTimeSeconds(), event.type().name().toLowerCase(Locale.ROOT),
                event.stepId().orElse(null), kind, technique, text);
    }

    /** An attack's row as it starts: {@code end_time} stays NULL until it stops. */
    private RecordWriter.Insert attackRow(RunningEffect effect, Action.AttackStart attack) {
        return new RecordWriter.Insert("INSERT OR REPLACE INTO attack (id, kind, technique,"
                + " technique_name, layer, start_time, end_time, source_host, plants, targets, parameters,"
                + " delivery) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)", effect.id(), attack.kind().yamlName(),
                attack.technique().id(),
                attack.technique().name(), attack.kind().layer().name().toLowerCase(Locale.ROOT),
                effect.startedAt(), EventLog.sourceHost(attack, this::address), String.join(",", effect.plants()),
                String.join(",", attack.parameters().allTags().stream().map(t -> t.qualifiedName()).toList()),
                EventLog.parametersJson(attack.parameters()).toString(), attack.kind().delivery().jsonName());
    }

    /** A host's address from its name in the scenario ({@code attacker}), or the literal address given. */
    private String address(String host) {
        return hosts.address(host).orElse(host);
    }
}
