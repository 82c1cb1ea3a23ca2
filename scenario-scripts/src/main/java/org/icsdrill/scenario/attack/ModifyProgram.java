package org.icsdrill.scenario.attack;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * T0889 Modify Program: the PLC runs a malicious variant that scans the original program and then
 * forces the tags in {@code params} (tag name within the plant to value) on every scan, so operator
 * writes to them are overwritten at once. The variant is named {@code variant}, which is what an
 * engineer comparing the running program with the golden copy sees. Stop restores the golden program.
 */
final class ModifyProgram implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        String plantId = attack.parameters().text("plant");
        PlantRuntime plant = context.plant(plantId);
        Map<Integer, Double> forced = forcedTags(attack.id(), plant.catalog(), attack.parameters().map("params"));
        plant.replaceProgram(new MaliciousProgram(attack.parameters().text("variant"), plant.program(), forced));
        return plant::restoreGoldenProgram;
    }

    private static Map<Integer, Double> forcedTags(String stepId, TagCatalog catalog, Map<String, String> params) {
        Map<Integer, Double> forced = new LinkedHashMap<>();
        params.forEach((name, text) -> {
            int index = catalog.indexOf(name).orElseThrow(() -> new EffectStartException(stepId,
                    "params: no tag " + name + " in this plant"));
            TagDef def = catalog.get(index);
            if (def.field()) {
                // the next instrument sample would overwrite it: a program cannot force the field
                throw new EffectStartException(stepId, "params: " + name + " is a field signal; a program forces"
                        + " controller memory only");
            }
            forced.put(index, parse(stepId, name, text));
        });
        return forced;
    }

    private static double parse(String stepId, String name, String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on" -> {
                return 1;
            }
            case "false", "off" -> {
                return 0;
            }
            default -> {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new EffectStartException(stepId, "params: " + name + " needs a number, got '" + text + "'");
                }
            }
        }
    }

    /** The original program, then the attacker's values on top. */
    static final class MaliciousProgram implements ControlProgram {
        private final String name;
        private final ControlProgram original;
        private final Map<Integer, Double> forced;

        MaliciousProgram(String name, ControlProgram original, Map<Integer, Double> forced) {
            this.name = name;
            this.original = original;
            this.forced = Map.copyOf(forced);
        }

        @Override
        public String name() {
            return name;
        }

        // no start(): restarting the original's loops mid-run would bump them

        @Override
        public void scan(ControllerMemory memory, double dtSeconds) {
            original.scan(memory, dtSeconds);
            forced.forEach(memory::set);
        }
    }
}
