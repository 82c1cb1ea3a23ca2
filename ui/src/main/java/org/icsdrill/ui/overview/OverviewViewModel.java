package org.icsdrill.ui.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.api.CouplingJson;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagSample;

/**
 * The overview: one tile per plant, in the order the server lists them, and the flows between the plants that
 * the server says are coupled (one per upstream plant, downstream plant and medium). Updated on the UI thread.
 */
public final class OverviewViewModel {

    private final List<PlantTileViewModel> tiles;
    private final List<SiteFlowViewModel> flows;

    public OverviewViewModel(List<PlantInfo> plants, Messages messages) {
        this.tiles = plants.stream().map(p -> new PlantTileViewModel(p, messages)).toList();
        Map<List<String>, List<CouplingJson.Link>> grouped = new LinkedHashMap<>();
        for (PlantInfo plant : plants) {
            for (CouplingJson.Link link : plant.supplies()) {
                grouped.computeIfAbsent(List.of(link.from(), link.to(), link.medium()), k -> new ArrayList<>())
                        .add(link);
            }
        }
        this.flows = grouped.entrySet().stream().map(e -> new SiteFlowViewModel(e.getKey().get(0),
                e.getKey().get(1), e.getKey().get(2), e.getValue())).toList();
    }

    /** Applies one batch of samples (the newest per tag). */
    public void apply(Map<String, TagSample> batch) {
        for (TagSample sample : batch.values()) {
            String plantId = sample.tagId().substring(0, Math.max(0, sample.tagId().indexOf('.')));
            for (PlantTileViewModel tile : tiles) {
                if (tile.plantId().equals(plantId)) {
                    tile.update(sample);
                }
            }
            for (SiteFlowViewModel flow : flows) {
                if (flow.from().equals(plantId)) {
                    flow.update(sample);
                }
            }
        }
    }

    public List<PlantTileViewModel> tiles() {
        return tiles;
    }

    /** The flows between coupled plants, upstream first; none when the run's plants are not coupled. */
    public List<SiteFlowViewModel> flows() {
        return flows;
    }

    /**
     * How far downstream a plant is: 0 for a plant nothing flows into, else one more than the furthest plant
     * that supplies it; the overview draws the flows left to right by it.
     */
    public int depth(String plantId) {
        return depth(plantId, flows.size());
    }

    private int depth(String plantId, int hops) {
        int depth = 0;
        for (SiteFlowViewModel flow : flows) {
            if (hops > 0 && flow.to().equals(plantId)) {
                depth = Math.max(depth, 1 + depth(flow.from(), hops - 1)); // hops: a cycle cannot recurse for ever
            }
        }
        return depth;
    }

    public PlantTileViewModel tile(String plantId) {
        return tiles.stream().filter(t -> t.plantId().equals(plantId)).findFirst().orElseThrow();
    }
}
