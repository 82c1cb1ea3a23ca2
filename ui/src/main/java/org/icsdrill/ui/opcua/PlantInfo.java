package org.icsdrill.ui.opcua;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icsdrill.api.CouplingJson;
import org.icsdrill.core.mimic.MimicLayout;

/**
 * A plant folder of the address space with its tags in browse (declaration) order, the mimic the
 * server publishes for it, if any, and the couplings that supply it from other plants (docs/coupling.md).
 */
public record PlantInfo(String id, String description, List<TagInfo> tags, Optional<MimicLayout> mimic,
                        List<CouplingJson.Link> supplies) {

    public PlantInfo {
        tags = List.copyOf(tags);
        Objects.requireNonNull(mimic, "mimic");
        supplies = List.copyOf(supplies);
    }

    /** A plant nothing flows into. */
    public PlantInfo(String id, String description, List<TagInfo> tags, Optional<MimicLayout> mimic) {
        this(id, description, tags, mimic, List.of());
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
