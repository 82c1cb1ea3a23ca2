package org.icsdrill.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.core.coupling.Coupling;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.plants.Plants;

/** The site's couplings as {@code icsdrill site} lists them and {@code icsdrill run} announces them. */
final class CouplingFormat {

    private CouplingFormat() {
    }

    /** A table: each coupling, what flows, from which tag to which input, its normal band and its source. */
    static String table(List<Coupling> couplings) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"COUPLING", "FLOW", "FROM → TO", "NORMAL", "SOURCE"});
        for (Coupling c : couplings) {
            rows.add(new String[] {c.id(), c.medium().jsonName(), c.qualifiedSource() + " → " + c.qualifiedTarget(),
                band(c), c.basis()});
        }
        return "plants coupled when they run together (docs/coupling.md; icsdrill run --no-couplings runs each"
                + " alone)" + System.lineSeparator() + SiteFormat.columns(rows);
    }

    /** One line: {@code gas → power (fuel_gas), power → building, chemical (electricity)}, or why there are none. */
    static String summary(List<Coupling> couplings, boolean switchedOff) {
        if (couplings.isEmpty()) {
            return switchedOff ? "none (--no-couplings: each plant as alone)" : "none (no two of these plants are coupled)";
        }
        Map<String, List<String>> flows = new LinkedHashMap<>();
        for (Coupling c : couplings) {
            List<String> targets = flows.computeIfAbsent(c.sourcePlant() + " → %s (" + c.medium().jsonName() + ")",
                    k -> new ArrayList<>());
            if (!targets.contains(c.targetPlant())) {
                targets.add(c.targetPlant());
            }
        }
        List<String> parts = new ArrayList<>();
        flows.forEach((pattern, targets) -> parts.add(pattern.formatted(String.join(", ", targets))));
        return String.join("; ", parts) + " (docs/coupling.md)";
    }

    private static String band(Coupling c) {
        BoundaryInput input = Plants.create(c.targetPlant()).inputs().stream()
                .filter(i -> i.name().equals(c.targetInput())).findFirst().orElseThrow();
        return number(c.normalLow()) + " to " + number(c.normalHigh()) + " " + input.unit().symbol();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
