package org.icsdrill.scenario.attack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.core.signal.ViewFilter;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.UndoEffect;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.TagRef;

/**
 * T0832 Manipulation of View, Stuxnet's way: record the PLC's values of the target tags for
 * {@code record}, then loop the recording into the network view, so SCADA, the HMI and the alarms
 * see calm while the process moves. One view filter per plant; stop removes them.
 */
final class Replay implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        List<TagRef> targets = attack.parameters().tags("targets");
        double recordSeconds = attack.parameters().duration("record").toNanos() / 1e9;
        int samples = (int) Math.round(recordSeconds / context.simulation().tickSeconds());
        if (samples < 1) {
            throw new EffectStartException(attack.id(), "record must be at least one tick");
        }
        Map<String, List<Integer>> byPlant = new LinkedHashMap<>();
        for (TagRef target : targets) {
            byPlant.computeIfAbsent(target.plant(), p -> new ArrayList<>()).add(target.index());
        }
        List<Removable> filters = new ArrayList<>();
        byPlant.forEach((plant, indices) -> filters.add(
                context.plant(plant).viewLayer().install(new RecordThenLoop(indices, samples))));
        return UndoEffect.of(filters);
    }

    /** The view filter: one sample per publish (per tick), first recording, then looping. */
    static final class RecordThenLoop implements ViewFilter {

        private final int[] tags;
        private final double[][] recording;
        private int recorded;
        private int playhead;

        RecordThenLoop(List<Integer> tags, int samples) {
            this.tags = tags.stream().mapToInt(Integer::intValue).toArray();
            this.recording = new double[samples][this.tags.length];
        }

        @Override
        public void apply(double[] view, double[] plcValues, double plantTimeSeconds) {
            if (recorded < recording.length) {
                // recording: the view passes unchanged; the attacker only listens
                for (int k = 0; k < tags.length; k++) {
                    recording[recorded][k] = plcValues[tags[k]];
                }
                recorded++;
                return;
            }
            double[] sample = recording[playhead];
            for (int k = 0; k < tags.length; k++) {
                view[tags[k]] = sample[k];
            }
            playhead = (playhead + 1) % recording.length;
        }
    }
}
