package org.icsdrill.scenario.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.model.TagRef;

/**
 * The tags a scenario may name: those of the plants it lists. Names are plant-qualified,
 * {@code gas.K101.ST101}: the plant id, a dot, the plant's own tag name.
 */
final class TagDirectory implements TagResolver {

    private final Map<String, TagCatalog> catalogs = new LinkedHashMap<>();

    /** @param plants ids the scenario lists; each must be in {@link Plants#ids()} */
    TagDirectory(List<String> plants) {
        for (String plant : plants) {
            catalogs.put(plant, Plants.create(plant).tags());
        }
    }

    List<String> plants() {
        return List.copyOf(catalogs.keySet());
    }

    @Override
    public TagRef resolve(String name) {
        int dot = name.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("'" + name + "' is not a plant-qualified tag; write it like "
                    + example());
        }
        String plant = name.substring(0, dot);
        String tag = name.substring(dot + 1);
        TagCatalog catalog = catalogs.get(plant);
        if (catalog == null) {
            throw new IllegalArgumentException(unknownPlant(plant, "tag '" + name + "'"));
        }
        return catalog.indexOf(tag).map(i -> new TagRef(plant, tag, i)).orElseThrow(() -> {
            List<String> names = catalog.all().stream().map(d -> plant + "." + d.name()).toList();
            String hint = Suggestions.closest(name, names).map(c -> "; did you mean '" + c + "'?").orElse("");
            return new IllegalArgumentException("unknown tag '" + name + "' in plant " + plant + hint);
        });
    }

    /** The tags of a listed plant. */
    TagCatalog catalog(String plant) {
        return catalogs.get(plant);
    }

    TagDef definition(TagRef ref) {
        return catalogs.get(ref.plant()).get(ref.index());
    }

    /** Says whether {@code plant} is unknown or just not listed in the scenario's plants. */
    String unknownPlant(String plant, String where) {
        if (Plants.ids().contains(plant)) {
            return "plant '" + plant + "' of " + where + " is not listed in plants ("
                    + String.join(", ", plants()) + ")";
        }
        return "unknown plant '" + plant + "' in " + where + Suggestions.closest(plant, Plants.ids())
                .map(c -> "; did you mean '" + c + "'?").orElse("") + "; known plants: "
                + String.join(", ", Plants.ids());
    }

    private String example() {
        if (catalogs.isEmpty()) {
            return "<plant>.<tag>";
        }
        Map.Entry<String, TagCatalog> first = catalogs.entrySet().iterator().next();
        return first.getKey() + "." + first.getValue().get(0).name();
    }
}
