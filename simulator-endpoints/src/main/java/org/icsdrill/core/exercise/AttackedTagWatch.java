package org.icsdrill.core.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.icsdrill.api.AttackedTag;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.TagDef;

/**
 * The instructor's live view of what the attacks do: once per plant-second, on the simulation thread
 * (true values read the physics), the true and the shown value of every tag a running attack names,
 * and of every tag of an attacked plant that is heading for its HH or LL limit, with how soon it gets
 * there at its rate over the last minute ({@link LimitForecast}). Readers on other threads get the last
 * snapshot.
 */
final class AttackedTagWatch implements TickListener {

    /** The trend behind a forecast: the last minute of plant time, one sample a second. */
    static final int WINDOW = 60;

    private final Supplier<ScenarioDesk> desk;
    private final Map<String, Trend> trends = new HashMap<>();
    private volatile List<AttackedTag> snapshot = List.of();

    AttackedTagWatch(Supplier<ScenarioDesk> desk) {
        this.desk = desk;
    }

    /** The last sample of every attacked tag; any thread. */
    List<AttackedTag> snapshot() {
        return snapshot;
    }

    @Override
    public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
        ScenarioDesk scenario = desk.get();
        if (scenario == null || !simulation.isWholeSecond(tick)) {
            return;
        }
        Map<String, List<String>> targets = new LinkedHashMap<>();
        Map<String, List<String>> plants = new LinkedHashMap<>();
        for (ScenarioDesk.RunningAttack attack : scenario.runningAttacks()) {
            attack.targets().forEach(t -> targets.computeIfAbsent(t, k -> new ArrayList<>()).add(attack.id()));
            attack.plants().forEach(p -> plants.computeIfAbsent(p, k -> new ArrayList<>()).add(attack.id()));
        }
        Map<String, Trend> kept = new HashMap<>();
        List<AttackedTag> now = new ArrayList<>();
        targets.forEach((qualified, attacks) -> {
            AttackedTag sampled = sample(simulation, qualified, true, attacks, plantTimeSeconds, kept);
            if (sampled != null) {
                now.add(sampled);
            }
        });
        plants.forEach((plantId, attacks) -> {
            if (!simulation.plantIds().contains(plantId)) {
                return;
            }
            for (TagDef def : simulation.plant(plantId).catalog().all()) {
                String qualified = plantId + "." + def.name();
                if (hasLimit(def.alarms()) && !targets.containsKey(qualified)) {
                    AttackedTag sampled = sample(simulation, qualified, false, attacks, plantTimeSeconds, kept);
                    // a plant's other tags matter only on their way to a limit
                    if (sampled != null && sampled.secondsToLimit() != null) {
                        now.add(sampled);
                    }
                }
            }
        });
        trends.clear();
        trends.putAll(kept);
        snapshot = List.copyOf(now);
    }

    private AttackedTag sample(Simulation simulation, String qualified, boolean targeted, List<String> attacks,
                               double time, Map<String, Trend> kept) {
        int dot = qualified.indexOf('.');
        if (dot < 0 || !simulation.plantIds().contains(qualified.substring(0, dot))) {
            return null;
        }
        PlantRuntime plant = simulation.plant(qualified.substring(0, dot));
        String name = qualified.substring(dot + 1);
        Integer index = plant.catalog().indexOf(name).orElse(null);
        if (index == null) {
            return null;
        }
        TagDef def = plant.catalog().get(index);
        double trueValue = plant.trueValue(index);
        Trend trend = trends.getOrDefault(qualified, new Trend());
        kept.put(qualified, trend);
        trend.add(time, trueValue);
        LimitForecast.Forecast forecast = trend.forecast(def);
        return new AttackedTag(plant.id(), name, def.unit() == null ? "" : def.unit().symbol(), targeted, attacks,
                trueValue, plant.view().value(index), forecast.limit(), orNull(forecast.limitValue()),
                orNull(forecast.seconds()));
    }

    private static boolean hasLimit(AlarmLimits limits) {
        return !limits.isDiscrete() && (!Double.isNaN(limits.highHigh()) || !Double.isNaN(limits.lowLow()));
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** The last {@link #WINDOW} samples of one tag, oldest first. */
    private static final class Trend {
        private final double[] times = new double[WINDOW];
        private final double[] values = new double[WINDOW];
        private int size;

        void add(double time, double value) {
            if (Double.isNaN(value)) {
                return;
            }
            if (size == WINDOW) {
                System.arraycopy(times, 1, times, 0, WINDOW - 1);
                System.arraycopy(values, 1, values, 0, WINDOW - 1);
                size--;
            }
            times[size] = time;
            values[size] = value;
            size++;
        }

        LimitForecast.Forecast forecast(TagDef def) {
            return LimitForecast.of(def.alarms(), times, values, size);
        }
    }
}
