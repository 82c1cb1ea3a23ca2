package org.icsdrill.scenario.model;

import java.util.Objects;

/**
 * A tag resolved against its plant's catalog, so the engine can address it by index without a
 * second lookup.
 *
 * @param plant the plant id, such as {@code gas}
 * @param tag the tag name within the plant, such as {@code K101.ST101}
 * @param index the tag's position in the plant's {@code TagCatalog}
 */
public record TagRef(String plant, String tag, int index) {

    public TagRef {
        Objects.requireNonNull(plant, "plant");
        Objects.requireNonNull(tag, "tag");
        if (index < 0) {
            throw new IllegalArgumentException("negative tag index: " + index);
        }
    }

    /** The plant-qualified name as written in scenario files: {@code gas.K101.ST101}. */
    public String qualifiedName() {
        return plant + "." + tag;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
