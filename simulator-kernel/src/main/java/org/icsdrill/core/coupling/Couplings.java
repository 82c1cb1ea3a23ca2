package org.icsdrill.core.coupling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.core.tag.TagDef;

/**
 * The couplings in force on one run: the declared ones whose two plants both run. Before every tick, on the
 * simulation thread, each carries its source tag's true value (the upstream physics as the last tick left it)
 * into its downstream plant's input, so every plant steps on what the others were at the end of the previous
 * tick, whatever the order of the plants: a run is as deterministic with couplings as without. A run without
 * couplings ({@link #NONE}, or switched off) never sets an input, and each plant runs at its nominal inputs,
 * exactly as alone.
 */
public final class Couplings implements TickListener {

    /** No couplings: every plant on its own. */
    public static final Couplings NONE = new Couplings(List.of());

    private record Bound(Coupling coupling, PlantRuntime source, int sourceIndex, PlantRuntime target,
                         BoundaryInput input) {

        double value() {
            return source.trueValue(sourceIndex);
        }
    }

    private final List<Bound> bound;

    private Couplings(List<Bound> bound) {
        this.bound = bound;
    }

    /**
     * Binds the declared couplings whose two plants run in {@code simulation} and steps them with it from the
     * next tick on. A coupling that names a tag or an input its plant lacks, or joins two different units, is
     * an error, found here rather than in the middle of a run.
     */
    public static Couplings attach(Simulation simulation, List<Coupling> declared) {
        List<Bound> bound = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Coupling coupling : declared) {
            if (!ids.add(coupling.id())) {
                throw new IllegalArgumentException("coupling '" + coupling.id() + "' is declared twice");
            }
            if (simulation.hasPlant(coupling.sourcePlant()) && simulation.hasPlant(coupling.targetPlant())) {
                bound.add(bind(simulation, coupling));
            }
        }
        if (bound.isEmpty()) {
            return NONE;
        }
        Couplings couplings = new Couplings(List.copyOf(bound));
        simulation.addListener(couplings);
        return couplings;
    }

    private static Bound bind(Simulation simulation, Coupling coupling) {
        PlantRuntime source = simulation.plant(coupling.sourcePlant());
        int index = source.catalog().indexOf(coupling.sourceTag()).orElseThrow(() -> new IllegalArgumentException(
                coupling.id() + ": plant '" + source.id() + "' has no tag '" + coupling.sourceTag() + "'"));
        PlantRuntime target = simulation.plant(coupling.targetPlant());
        BoundaryInput input = target.input(coupling.targetInput());
        TagDef tag = source.catalog().get(index);
        if (!tag.unit().equals(input.unit())) {
            throw new IllegalArgumentException(coupling.id() + ": " + coupling.qualifiedSource() + " is in "
                    + tag.unit().symbol() + " but " + coupling.qualifiedTarget() + " takes " + input.unit().symbol());
        }
        return new Bound(coupling, source, index, target, input);
    }

    /** The couplings in force, in declaration order. */
    public List<Coupling> active() {
        return bound.stream().map(Bound::coupling).toList();
    }

    public boolean isEmpty() {
        return bound.isEmpty();
    }

    /** The plants downstream of these, through the couplings in force, however far (not the plants themselves). */
    public Set<String> downstreamOf(Collection<String> plants) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(plants);
        while (!frontier.isEmpty()) {
            String plant = frontier.remove(0);
            for (Bound b : bound) {
                if (b.coupling().sourcePlant().equals(plant) && !plants.contains(b.coupling().targetPlant())
                        && reached.add(b.coupling().targetPlant())) {
                    frontier.add(b.coupling().targetPlant());
                }
            }
        }
        return reached;
    }

    /**
     * The plants that deviate now because of a disturbed plant: a plant is impacted while a coupling into it
     * carries a value outside its normal band from a plant that is disturbed (an attack or a fault has acted on
     * it in this run) or impacted itself. A plant is never impacted by a plant that nothing disturbed, however
     * far its value strays. Simulation thread.
     */
    public Set<String> impacted(Set<String> disturbed) {
        return impactedBy(disturbed).keySet();
    }

    /** As {@link #impacted}, each impacted plant with the first coupling (in declaration order) that carries it. */
    public Map<String, Coupling> impactedBy(Set<String> disturbed) {
        Map<String, Coupling> impacted = new LinkedHashMap<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Bound b : bound) {
                String from = b.coupling().sourcePlant();
                boolean upstreamHit = disturbed.contains(from) || impacted.containsKey(from);
                if (upstreamHit && !impacted.containsKey(b.coupling().targetPlant())
                        && b.coupling().deviates(b.value())) {
                    impacted.put(b.coupling().targetPlant(), b.coupling());
                    grew = true;
                }
            }
        }
        return impacted;
    }

    @Override
    public void beforeTick(Simulation simulation, long tick, double plantTimeSeconds) {
        // all read before any is set: a tag that shows an input must not carry this tick's value onward
        double[] values = new double[bound.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bound.get(i).value();
        }
        for (int i = 0; i < values.length; i++) {
            bound.get(i).target().setInput(bound.get(i).input(), values[i]);
        }
    }
}
