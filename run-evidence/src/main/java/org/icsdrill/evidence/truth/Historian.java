package org.icsdrill.evidence.truth;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.core.tag.TagDef;

/**
 * The process historian: once per second of plant time (the state at that second, before the tick
 * that starts there, so rows line up with the labels), every tag of every plant twice, as the
 * network view showed it ({@code <plant>.<tag>:view}, what operators saw) and as it truly was
 * ({@code <plant>.<tag>:true}). Timestamps are ISO-8601 UTC from the run's start time.
 */
public final class Historian implements TickListener, AutoCloseable {

    private record Row(Instant time, double[] values) {
    }

    private final AsyncLineWriter<Row> writer;
    private final int width;

    public Historian(Simulation simulation, Path file) {
        List<String> columns = new ArrayList<>();
        columns.add("timestamp");
        for (PlantRuntime plant : simulation.plants()) {
            for (TagDef tag : plant.catalog().all()) {
                columns.add(plant.id() + "." + tag.name() + ":view");
                columns.add(plant.id() + "." + tag.name() + ":true");
            }
        }
        this.width = columns.size() - 1;
        this.writer = new AsyncLineWriter<>(file, String.join(",", columns), Historian::format);
    }

    @Override
    public void beforeTick(Simulation simulation, long tick, double plantTimeSeconds) {
        if (!simulation.isWholeSecond(tick)) {
            return;
        }
        double[] values = new double[width];
        int at = 0;
        for (PlantRuntime plant : simulation.plants()) {
            double[] pairs = viewAndTrue(plant);
            System.arraycopy(pairs, 0, values, at, pairs.length);
            at += pairs.length;
        }
        writer.add(new Row(simulation.plantInstant(plantTimeSeconds), values));
    }

    /**
     * One plant's historian sample: for every tag in catalog order, the network view's value then the
     * true one. Simulation thread only (true values read the physics).
     */
    public static double[] viewAndTrue(PlantRuntime plant) {
        var view = plant.view();
        int size = plant.catalog().size();
        double[] pairs = new double[2 * size];
        for (int i = 0; i < size; i++) {
            pairs[2 * i] = view.value(i);
            pairs[2 * i + 1] = plant.trueValue(i);
        }
        return pairs;
    }

    private static String format(Row row) {
        StringBuilder line = new StringBuilder(row.values().length * 10);
        line.append(row.time());
        for (double value : row.values()) {
            line.append(',');
            CsvNumbers.appendNumber(line, value);
        }
        return line.toString();
    }

    @Override
    public void close() {
        writer.close();
    }
}
