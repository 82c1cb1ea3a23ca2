package org.icsdrill.ui.opcua;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.icsdrill.api.MimicJson;
import org.icsdrill.core.mimic.MimicLayout;

/**
 * Reads each plant's mimic ({@code <plant>.Mimic}) in one call: the console draws what the server
 * publishes and knows no plant itself (ADR 8). A plant without the node (an older server, a bare
 * test plant) or with a mimic this console cannot read simply has no mimic.
 */
final class MimicReader {

    private static final System.Logger LOG = System.getLogger(MimicReader.class.getName());

    private final BatchedCalls calls;
    private final PlantNodes nodes;

    MimicReader(BatchedCalls calls, PlantNodes nodes) {
        this.calls = calls;
        this.nodes = nodes;
    }

    /** The mimic of each plant, in the order of {@code plantIds}. */
    List<Optional<MimicLayout>> read(List<String> plantIds) throws UaException {
        DataValue[] values = calls.read(plantIds.stream()
                .map(id -> BatchedCalls.read(nodes.mimic(id), AttributeId.Value)).toList());
        List<Optional<MimicLayout>> mimics = new ArrayList<>();
        for (int i = 0; i < plantIds.size(); i++) {
            mimics.add(decode(plantIds.get(i), values[i]));
        }
        return mimics;
    }

    private static Optional<MimicLayout> decode(String plantId, DataValue value) {
        boolean good = value.getStatusCode() == null || value.getStatusCode().isGood();
        if (!good || !(BatchedCalls.value(value) instanceof String json)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MimicJson.read(json));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "no mimic for {0}: {1}", plantId, e.getMessage());
            return Optional.empty();
        }
    }
}
