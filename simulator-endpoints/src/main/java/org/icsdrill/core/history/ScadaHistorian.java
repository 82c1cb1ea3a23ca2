package org.icsdrill.core.history;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.icsdrill.core.net.ScadaPath;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;

/**
 * The SCADA server's historian: once per plant-second, after the tick that ends it, it keeps what
 * the server has of each plant over its SCADA path (so a replayed or frozen view is what the history
 * shows, as on a real plant; the truth is in the run's historian.csv). Served to clients by OPC UA
 * HistoryRead, so a console's trend opens already filled. Register after the {@link ScadaPath}.
 */
public final class ScadaHistorian implements TickListener {

    /** Two hours of plant time per plant: longer than any bundled drill. */
    public static final int DEFAULT_SECONDS = 7_200;

    private final ScadaPath path;
    private final int seconds;
    private final Map<String, PlantHistory> plants = new ConcurrentHashMap<>();
    private long lastSecond = Long.MIN_VALUE;

    public ScadaHistorian(Simulation simulation, ScadaPath path, int seconds) {
        this.path = path;
        this.seconds = seconds;
        for (PlantRuntime plant : simulation.plants()) {
            plants.put(plant.id(), new PlantHistory(plant.catalog().size(), seconds));
        }
    }

    @Override
    public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
        long second = (long) Math.floor(plantTimeSeconds + 1e-9);
        if (second == lastSecond) {
            return;
        }
        lastSecond = second;
        for (Map.Entry<String, PlantHistory> plant : plants.entrySet()) {
            ScadaPath.Report report = path.report(plant.getKey());
            plant.getValue().append(second, report.view().values(), report.quality());
        }
    }

    /**
     * The history of tag {@code index} of {@code plant}, plant times {@code from <= t < to}, oldest
     * first, at most {@code limit} values (0: all).
     */
    public List<HistorySample> read(String plant, int index, double from, double to, int limit) {
        PlantHistory history = plants.get(plant);
        if (history == null) {
            throw new IllegalArgumentException("no history of plant '" + plant + "'");
        }
        return history.read(index, from, to, limit);
    }

    public int seconds() {
        return seconds;
    }
}
