package org.icsdrill.core.plant;

import java.util.Objects;

/** A plant's name and one-line description in one language, as the overview's tile shows them. */
public record PlantTitle(String name, String description) {

    public PlantTitle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
