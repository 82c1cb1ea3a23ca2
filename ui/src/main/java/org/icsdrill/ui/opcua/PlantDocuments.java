package org.icsdrill.ui.opcua;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.icsdrill.api.CouplingJson;
import org.icsdrill.api.MimicJson;
import org.icsdrill.core.mimic.MimicLayout;

/**
 * Reads the JSON documents the server publishes in each plant's folder, each kind in one call: the plant's
 * mimic ({@code <plant>.Mimic}) and what flows into it from the other plants ({@code <plant>.Couplings}). The
 * console draws what the server publishes and knows no plant itself (ADR 8). A plant without the node (an older
 * server, a bare test plant, a plant nothing flows into) or with a document this console cannot read simply has
 * none.
 */
final class PlantDocuments {

    private static final System.Logger LOG = System.getLogger(PlantDocuments.class.getName());

    private final BatchedCalls calls;
    private final PlantNodes nodes;

    PlantDocuments(BatchedCalls calls, PlantNodes nodes) {
        this.calls = calls;
        this.nodes = nodes;
    }

    /** The mimic of each plant, in the order of {@code plantIds}. */
    List<Optional<MimicLayout>> mimics(List<String> plantIds) throws UaException {
        return read(plantIds, nodes::mimic, "mimic", MimicJson::read);
    }

    /** The couplings into each plant, in the order of {@code plantIds}; empty for a plant nothing flows into. */
    List<List<CouplingJson.Link>> couplings(List<String> plantIds) throws UaException {
        return read(plantIds, nodes::couplings, "couplings", CouplingJson::read).stream()
                .map(links -> links.orElse(List.of())).toList();
    }

    private <T> List<Optional<T>> read(List<String> plantIds, Function<String, NodeId> node, String what,
                                       Function<String, T> decoder) throws UaException {
        DataValue[] values = calls.read(plantIds.stream()
                .map(id -> BatchedCalls.read(node.apply(id), AttributeId.Value)).toList());
        List<Optional<T>> documents = new ArrayList<>();
        for (int i = 0; i < plantIds.size(); i++) {
            documents.add(decode(plantIds.get(i), values[i], what, decoder));
        }
        return documents;
    }

    private static <T> Optional<T> decode(String plantId, DataValue value, String what, Function<String, T> decoder) {
        boolean good = value.getStatusCode() == null || value.getStatusCode().isGood();
        if (!good || !(BatchedCalls.value(value) instanceof String json)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decoder.apply(json));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "no {0} for {1}: {2}", what, plantId, e.getMessage());
            return Optional.empty();
        }
    }
}
