package org.icsdrill.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icsdrill.plants.Plants;
import picocli.CommandLine;

/** The known plant ids, for option help and for checking a user's choice. */
final class PlantIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Plants.ids().iterator();
    }

    static void require(CommandLine.Model.CommandSpec spec, String id) {
        if (!Plants.ids().contains(id)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown plant '" + id + "'; choose from " + String.join(", ", Plants.ids()));
        }
    }

    /** Parses a comma-separated list, keeping the order given; empty means every plant. */
    static List<String> parseList(CommandLine.Model.CommandSpec spec, String list) {
        if (list == null || list.isBlank()) {
            return Plants.ids();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String id = part.trim();
            require(spec, id);
            if (!ids.add(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "plant '" + id + "' is listed twice");
            }
        }
        return new ArrayList<>(ids);
    }
}
