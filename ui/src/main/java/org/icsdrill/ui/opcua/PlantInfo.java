package org.icsdrill.ui.opcua;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icsdrill.core.mimic.MimicLayout;

/**
 * A plant folder of the address space with its tags in browse (declaration) order, and the mimic the
 * server publishes for it, if any.
 */
public record PlantInfo(String id, String description, List<TagInfo> tags, Optional<MimicLayout> mimic) {

    public PlantInfo {
        tags = List.copyOf(tags);
        Objects.requireNonNull(mimic, "mimic");
    }

    /** A plant without a mimic. */
    public PlantInfo(String id, String description, List<TagInfo> tags) {
        this(id, description, tags, Optional.empty());
    }

    /** The plant's name: its description up to the first colon ("Chemical reactor"), else its id. */
    public String name() {
        int colon = description.indexOf(':');
        return description.isBlank() ? id : colon > 0 ? description.substring(0, colon) : description;
    }

    /** The rest of the description ("Exothermic CSTR ..."), empty when there is none. */
    public String summary() {
        int colon = description.indexOf(':');
        return colon > 0 ? description.substring(colon + 1).trim() : "";
    }

    public Optional<TagInfo> tag(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
