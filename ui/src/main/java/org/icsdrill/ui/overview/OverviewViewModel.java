package org.icsdrill.ui.overview;

import java.util.List;
import java.util.Map;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagSample;

/** The overview: one tile per plant, in the order the server lists them. Updated on the UI thread. */
public final class OverviewViewModel {

    private final List<PlantTileViewModel> tiles;

    public OverviewViewModel(List<PlantInfo> plants, Messages messages) {
        this.tiles = plants.stream().map(p -> new PlantTileViewModel(p, messages)).toList();
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
        }
    }

    public List<PlantTileViewModel> tiles() {
        return tiles;
    }

    public PlantTileViewModel tile(String plantId) {
        return tiles.stream().filter(t -> t.plantId().equals(plantId)).findFirst().orElseThrow();
    }
}
