package org.icsdrill.evidence.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.icsdrill.core.alarm.AlarmEvent;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.evidence.trainees.AlarmLoad;

/** Every alarm raised in a run, per plant-qualified tag, to find chattering (ISA-18.2: 3 or more raises a minute). */
final class AlarmRaises {

    private final Map<String, List<Double>> raised = new TreeMap<>();

    static AlarmRaises watch(Simulation sim) {
        AlarmRaises raises = new AlarmRaises();
        for (PlantRuntime plant : sim.plants()) {
            plant.onAlarm(e -> {
                if (e.type() == AlarmEvent.Type.RAISED) {
                    raises.raised.computeIfAbsent(plant.id() + "." + e.alarm().tag(), k -> new ArrayList<>())
                            .add(e.plantTimeSeconds());
                }
            });
        }
        return raises;
    }

    int total() {
        return raised.values().stream().mapToInt(List::size).sum();
    }

    /** Chattering tags (ISA-18.2: 3 or more raises within 60 s) with their most raises in any 60 s. */
    Map<String, Integer> chattering() {
        Map<String, Integer> most = new TreeMap<>();
        double end = raised.values().stream().flatMap(List::stream).mapToDouble(t -> t).max().orElse(0) + 1;
        AlarmLoad.of(raised, end).chattering().forEach(t -> most.put(t.tag(), t.mostInAMinute()));
        return most;
    }
}
