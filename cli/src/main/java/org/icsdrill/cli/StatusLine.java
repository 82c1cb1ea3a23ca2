package org.icsdrill.cli;

import java.util.Locale;
import org.icsdrill.api.DurationText;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.PlantView;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;

/** One line of live status: plant time, speed, and per plant its status, key values and alarms. */
final class StatusLine {

    private static final int KEY_VALUES = 2;

    private StatusLine() {
    }

    static String of(Simulation simulation, String speed) {
        StringBuilder line = new StringBuilder();
        line.append(DurationText.clock(simulation.plantTimeSeconds())).append(" x").append(speed);
        for (PlantRuntime plant : simulation.plants()) {
            PlantView view = plant.view();
            line.append(" | ").append(plant.id()).append(' ').append(view.status());
            int shown = 0;
            for (int i = 0; i < view.size() && shown < KEY_VALUES; i++) {
                TagDef def = plant.catalog().get(i);
                if (def.kind() == TagKind.MEASUREMENT) {
                    line.append(' ').append(def.name()).append('=')
                            .append(String.format(Locale.ROOT, "%.1f", view.value(i)));
                    if (!def.unit().symbol().isEmpty()) {
                        line.append(def.unit().symbol());
                    }
                    shown++;
                }
            }
            long active = view.alarms().stream().filter(a -> a.active()).count();
            line.append(" alarms=").append(active);
        }
        return line.toString();
    }
}
