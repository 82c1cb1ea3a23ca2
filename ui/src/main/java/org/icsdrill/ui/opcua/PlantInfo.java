package org.icsdrill.ui.opcua;

import java.util.List;
import java.util.Optional;

/** A plant folder of the address space with its tags in browse (declaration) order. */
public record PlantInfo(String id, String description, List<TagInfo> tags) {

    public PlantInfo {
        tags = List.copyOf(tags);
    }

    public Optional<TagInfo> tag(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
