package org.icsdrill.scenario.attack;

import java.time.Duration;
import java.util.Optional;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.WriteResult;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.TagLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.TagRef;

/**
 * T0836 Modify Parameter, at the PLC: writes {@code value} into controller memory (a set point, a
 * gain, a limit), at once or along a linear {@code ramp} from the current value, slow enough to pass
 * as drift. Stopping ends the ramp but does not put the old value back: the attacker leaves it
 * changed, and restoring it is the trainees' job ("restore_parameters").
 */
final class ModifyParameter implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        TagRef target = attack.parameters().tag("target");
        double value = attack.parameters().number("value");
        WriteResult check = PlantRuntime.check(TagLookup.def(context, target), value);
        if (check != WriteResult.ACCEPTED) {
            throw new EffectStartException(attack.id(), "cannot write " + value + " to " + target + ": " + check);
        }
        Optional<Duration> ramp = attack.parameters().optionalDuration("ramp").filter(d -> !d.isZero());
        String source = context.directSource(attack.id());
        if (ramp.isEmpty()) {
            context.plant(target).submit(target.index(), value, source);
            return Effect.DONE;
        }
        double from = context.plant(target).plcValue(target.index());
        boolean whole = TagLookup.def(context, target).type() != DataType.REAL;
        return new Ramp(target, from, value, whole, context.simulation().plantTimeSeconds(),
                ramp.get().toNanos() / 1e9, source);
    }

    /** Moves the value a little every tick until the ramp ends. */
    private static final class Ramp implements Effect {
        private final TagRef target;
        private final double from;
        private final double to;
        /** Integer tags accept only whole steps. */
        private final boolean whole;
        private final double startSeconds;
        private final double rampSeconds;
        private final String source;
        private boolean finished;

        Ramp(TagRef target, double from, double to, boolean whole, double startSeconds, double rampSeconds,
             String source) {
            this.target = target;
            this.from = from;
            this.to = to;
            this.whole = whole;
            this.startSeconds = startSeconds;
            this.rampSeconds = rampSeconds;
            this.source = source;
        }

        @Override
        public void tick(EffectContext context, double plantTimeSeconds) {
            if (finished) {
                return;
            }
            double fraction = Math.min(1, Math.max(0, (plantTimeSeconds - startSeconds) / rampSeconds));
            double value = from + (to - from) * fraction;
            context.plant(target).submit(target.index(), whole ? Math.rint(value) : value, source);
            finished = fraction >= 1;
        }

        @Override
        public void stop() {
            // the attacker leaves the parameter where it got to
            finished = true;
        }
    }
}
