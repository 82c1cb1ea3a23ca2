package org.icsdrill.evidence.truth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.icsdrill.core.coupling.Coupling;
import org.icsdrill.core.coupling.Couplings;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;

/**
 * Which plants are impacted each plant-second (docs/coupling.md): deviating through a coupling because of a
 * plant an attack or a fault has acted on. It remembers the plants acted on since the start, asks the couplings
 * once per second, and tells its listeners when a plant's impact starts or ends, with the coupling that carries
 * it. The labels read it; the exercise record keeps its changes for the report's timeline. Simulation thread;
 * add it to the engine before the listeners that read it.
 */
public final class ImpactTracker implements ScenarioListener {

    /** A plant's impact starting or ending, and the coupling that carries it from upstream. */
    public record Change(double plantTimeSeconds, String plant, boolean started, Coupling cause) {
    }

    private final Couplings couplings;
    private final Set<String> disturbed = new LinkedHashSet<>();
    private final List<Consumer<Change>> listeners = new ArrayList<>();
    private Map<String, Coupling> impacted = Map.of();

    public ImpactTracker(Couplings couplings) {
        this.couplings = couplings;
    }

    /** Whether the run's plants are coupled at all: without couplings nothing is ever impacted. */
    public boolean coupled() {
        return !couplings.isEmpty();
    }

    /** The plants impacted in the last second seen. */
    public Set<String> impacted() {
        return impacted.keySet();
    }

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    @Override
    public void onEvent(ScenarioEvent event, RunningEffect effect) {
        if (effect != null && (event.type() == ScenarioEvent.Type.ATTACK_STARTED
                || event.type() == ScenarioEvent.Type.FAULT_STARTED)) {
            disturbed.addAll(effect.plants());
        }
    }

    @Override
    public void onSecond(double plantTimeSeconds, Collection<RunningEffect> running) {
        if (couplings.isEmpty()) {
            return;
        }
        running.forEach(effect -> disturbed.addAll(effect.plants()));
        Map<String, Coupling> now = new LinkedHashMap<>(couplings.impactedBy(disturbed));
        for (Map.Entry<String, Coupling> ended : impacted.entrySet()) {
            if (!now.containsKey(ended.getKey())) {
                tell(new Change(plantTimeSeconds, ended.getKey(), false, ended.getValue()));
            }
        }
        for (Map.Entry<String, Coupling> started : now.entrySet()) {
            if (!impacted.containsKey(started.getKey())) {
                tell(new Change(plantTimeSeconds, started.getKey(), true, started.getValue()));
            }
        }
        impacted = now;
    }

    private void tell(Change change) {
        listeners.forEach(l -> l.accept(change));
    }
}
