package org.icsdrill.ui.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.icsdrill.api.CouplingJson;
import org.icsdrill.ui.opcua.TagSample;

/**
 * One flow between two plants on the overview (docs/coupling.md): fuel gas from the gas plant to the power unit,
 * electricity from the unit to a plant on its bus. It is lit (failed) while what the operators see of an upstream
 * tag it carries is outside its normal band, so the overview shows where a disturbance came from; a value that
 * does not arrive (lost, stale) leaves it as it was.
 */
public final class SiteFlowViewModel {

    private final String from;
    private final String to;
    private final String medium;
    private final List<CouplingJson.Link> links;
    private final Map<String, Boolean> deviating = new HashMap<>();
    private final BooleanProperty failed = new SimpleBooleanProperty();

    SiteFlowViewModel(String from, String to, String medium, List<CouplingJson.Link> links) {
        this.from = from;
        this.to = to;
        this.medium = medium;
        this.links = List.copyOf(links);
    }

    /** Applies a sample if it is one of the flow's upstream tags. */
    void update(TagSample sample) {
        if (sample.quality() != TagSample.Quality.GOOD) {
            return;
        }
        for (CouplingJson.Link link : links) {
            if (link.sourceTagId().equals(sample.tagId())) {
                deviating.put(link.id(), link.deviates(sample.asDouble()));
            }
        }
        failed.set(deviating.values().stream().anyMatch(Boolean::booleanValue));
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    /** {@code fuel_gas} or {@code electricity}: the key of its name in the console's language. */
    public String medium() {
        return medium;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
