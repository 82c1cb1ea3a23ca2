package org.icsdrill.ui.opcua;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.icsdrill.api.CouplingJson;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.mimic.MimicLayout;

/**
 * Browses {@code Objects/Plants/<plant>/<unit>/<tag>} into {@link PlantInfo}s: plants in server
 * order, each with its tags in declaration order, its mimic and what flows into it. Only objects under a plant
 * are its units, so the mimic and couplings variables beside them are not taken for tags.
 */
final class PlantBrowser {

    private final BatchedCalls calls;
    private final TagDescriber tags;
    private final PlantDocuments documents;

    PlantBrowser(BatchedCalls calls, PlantNodes nodes) {
        this.calls = calls;
        this.tags = new TagDescriber(calls);
        this.documents = new PlantDocuments(calls, nodes);
    }

    List<PlantInfo> browse() throws UaException {
        NodeId plantsFolder = calls.children(List.of(NodeIds.ObjectsFolder)).get(0).stream()
                .filter(r -> PlantAddress.PLANTS_FOLDER.equals(r.getBrowseName().name()))
                .findFirst().flatMap(calls::nodeId)
                .orElseThrow(() -> new UaException(StatusCode.BAD.getValue(), "no Objects/Plants folder"));
        List<ReferenceDescription> plantRefs = BatchedCalls.objects(calls.children(List.of(plantsFolder)).get(0));
        List<NodeId> plantNodes = calls.nodeIds(plantRefs);
        List<String> plantDescriptions = calls.texts(plantNodes, AttributeId.Description);
        List<List<ReferenceDescription>> unitsPerPlant = calls.children(plantNodes);
        List<String> plantIds = plantRefs.stream().map(r -> r.getBrowseName().name()).toList();
        List<Optional<MimicLayout>> plantMimics = documents.mimics(plantIds);
        List<List<CouplingJson.Link>> supplies = documents.couplings(plantIds);

        List<PlantInfo> result = new ArrayList<>();
        for (int p = 0; p < plantRefs.size(); p++) {
            String plantId = plantIds.get(p);
            List<NodeId> unitNodes = calls.nodeIds(BatchedCalls.objects(unitsPerPlant.get(p)));
            List<ReferenceDescription> variables = new ArrayList<>();
            for (List<ReferenceDescription> unitChildren : calls.children(unitNodes)) {
                unitChildren.stream().filter(r -> r.getNodeClass() == NodeClass.Variable).forEach(variables::add);
            }
            result.add(new PlantInfo(plantId, plantDescriptions.get(p), tags.describe(plantId, variables),
                    plantMimics.get(p), supplies.get(p)));
        }
        return result;
    }
}
