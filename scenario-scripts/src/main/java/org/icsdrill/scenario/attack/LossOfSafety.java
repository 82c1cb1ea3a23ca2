package org.icsdrill.scenario.attack;

import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.WriteResult;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.TagRef;

/**
 * T0880 Loss of Safety (Triton). {@code bypass}: the safety system runs a program that does nothing,
 * so it never trips and its outputs stay as they were; stop restores the golden safety program.
 * {@code move_limit}: a trip limit ({@code target}) is moved to {@code value} in controller memory;
 * like a modified parameter it stays moved after stop.
 */
final class LossOfSafety implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        PlantRuntime plant = context.plant(attack.parameters().text("plant"));
        String mode = attack.parameters().text("mode");
        return switch (mode) {
            case "bypass" -> bypass(plant);
            case "move_limit" -> moveLimit(attack, context);
            default -> throw new EffectStartException(attack.id(), "unknown loss_of_safety mode " + mode);
        };
    }

    private static Effect bypass(PlantRuntime plant) {
        String name = plant.safetyProgram().name() + " (bypassed)";
        plant.replaceSafetyProgram(new ControlProgram() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void scan(ControllerMemory memory, double dtSeconds) {
                // bypassed: no trip logic runs
            }
        });
        return plant::restoreGoldenSafetyProgram;
    }

    private static Effect moveLimit(Action.AttackStart attack, EffectContext context) {
        TagRef target = attack.parameters().optionalTag("target").orElseThrow(() ->
                new EffectStartException(attack.id(), "mode move_limit needs target: the trip limit to move"));
        double value = attack.parameters().optionalNumber("value").orElseThrow(() ->
                new EffectStartException(attack.id(), "mode move_limit needs value: where to move the limit"));
        if (!target.plant().equals(attack.parameters().text("plant"))) {
            throw new EffectStartException(attack.id(), "target " + target + " is not in plant "
                    + attack.parameters().text("plant"));
        }
        WriteResult result = context.plant(target).submit(target.index(), value, context.directSource(attack.id()));
        if (result != WriteResult.ACCEPTED) {
            throw new EffectStartException(attack.id(), "cannot move " + target + " to " + value + ": " + result);
        }
        return Effect.DONE;
    }
}
