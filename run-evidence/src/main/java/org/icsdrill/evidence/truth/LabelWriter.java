package org.icsdrill.evidence.truth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.engine.ScenarioListener;
import org.icsdrill.scenario.model.Action;

/**
 * Ground-truth labels, one row per second of plant time in the layout of the HAI and SWaT data
 * sets: {@code timestamp,attack,<plant>_attack...,technique,step,stage}. A row is 1 while an attack runs
 * (from its start second up to, not including, its stop second); faults are not attacks and are
 * not labelled. {@code technique} and {@code step} list the running attacks, separated by ';';
 * {@code stage} the kill chains' stages reached in that second (a stage is a moment, not a window: it
 * sets no flag).
 *
 * <p>A run whose plants are coupled (docs/coupling.md) also has a {@code <plant>_impact} column per plant,
 * after the attack columns: 1 while the plant deviates because of another plant that an attack or a fault has
 * acted on ({@link ImpactTracker}): the consequence, told apart from the cause.
 */
public final class LabelWriter implements ScenarioListener, AutoCloseable {

    private record Row(String timestamp, int attack, int[] plants, int[] impacts, String techniques, String steps,
                       String stages) {
    }

    /** The suffix of a plant's impact column: {@code power_impact}. */
    public static final String IMPACT_SUFFIX = "_impact";

    private final Simulation simulation;
    private final List<String> plants;
    private final AsyncLineWriter<Row> writer;
    /** The stages reached since the last row; simulation thread only. */
    private final Set<String> stages = new LinkedHashSet<>();
    /** Null on a run without couplings. */
    private final ImpactTracker impacts;

    public LabelWriter(Simulation simulation, Path file) {
        this(simulation, file, null);
    }

    /**
     * With the run's impacts, added to the engine before this writer: the impact columns, when the run's plants
     * are coupled.
     */
    public LabelWriter(Simulation simulation, Path file, ImpactTracker impacts) {
        this.simulation = simulation;
        this.plants = simulation.plantIds();
        this.impacts = impacts != null && impacts.coupled() ? impacts : null;
        this.writer = new AsyncLineWriter<>(file, header(plants, this.impacts != null), LabelWriter::format);
    }

    /** The header of a run without couplings, for documentation and tests. */
    public static String header(List<String> plants) {
        return header(plants, false);
    }

    /** The header, with the impact columns when the run's plants are coupled. */
    public static String header(List<String> plants, boolean coupled) {
        List<String> header = new ArrayList<>(List.of("timestamp", "attack"));
        plants.forEach(p -> header.add(p + "_attack"));
        if (coupled) {
            plants.forEach(p -> header.add(p + IMPACT_SUFFIX));
        }
        header.add("technique");
        header.add("step");
        header.add("stage");
        return String.join(",", header);
    }

    @Override
    public void onEvent(ScenarioEvent event, RunningEffect effect) {
        if (event.type() == ScenarioEvent.Type.STAGE_REACHED) {
            event.stepId().ifPresent(stages::add);
        }
    }

    @Override
    public void onSecond(double plantTimeSeconds, Collection<RunningEffect> running) {
        int[] perPlant = new int[plants.size()];
        Set<String> techniques = new LinkedHashSet<>();
        Set<String> steps = new LinkedHashSet<>();
        for (RunningEffect effect : running) {
            if (effect.action() instanceof Action.AttackStart attack) {
                techniques.add(attack.technique().id());
                steps.add(effect.id());
                for (String plant : effect.plants()) {
                    int index = plants.indexOf(plant);
                    if (index >= 0) {
                        perPlant[index] = 1;
                    }
                }
            }
        }
        int[] impacted = impacts == null ? null
                : plants.stream().mapToInt(p -> impacts.impacted().contains(p) ? 1 : 0).toArray();
        writer.add(new Row(simulation.plantInstant(plantTimeSeconds).toString(), steps.isEmpty() ? 0 : 1, perPlant,
                impacted, String.join(";", techniques), String.join(";", steps), String.join(";", stages)));
        stages.clear();
    }

    private static String format(Row row) {
        StringBuilder line = new StringBuilder(64).append(row.timestamp()).append(',').append(row.attack());
        for (int flag : row.plants()) {
            line.append(',').append(flag);
        }
        if (row.impacts() != null) {
            for (int flag : row.impacts()) {
                line.append(',').append(flag);
            }
        }
        return line.append(',').append(row.techniques()).append(',').append(row.steps()).append(',')
                .append(row.stages()).toString();
    }

    @Override
    public void close() {
        writer.close();
    }
}
