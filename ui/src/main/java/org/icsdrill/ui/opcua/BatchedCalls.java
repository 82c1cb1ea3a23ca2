package org.icsdrill.ui.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/**
 * Browse and Read for many nodes in one service call each: the console learns the address space in
 * a handful of round trips per run, not one per tag.
 */
final class BatchedCalls {

    private final OpcUaClient client;

    BatchedCalls(OpcUaClient client) {
        this.client = client;
    }

    /** The children of each parent (hierarchical references), in the parents' order. */
    List<List<ReferenceDescription>> children(List<NodeId> parents) throws UaException {
        return browse(parents, NodeIds.HierarchicalReferences);
    }

    /** The targets of each parent's {@code referenceType} references, in the parents' order. */
    List<List<ReferenceDescription>> browse(List<NodeId> parents, NodeId referenceType) throws UaException {
        if (parents.isEmpty()) {
            return List.of();
        }
        List<BrowseDescription> descriptions = parents.stream()
                .map(p -> new BrowseDescription(p, BrowseDirection.Forward, referenceType, true, uint(0),
                        uint(BrowseResultMask.All.getValue())))
                .toList();
        List<List<ReferenceDescription>> result = new ArrayList<>();
        for (BrowseResult browsed : client.browse(descriptions)) {
            ReferenceDescription[] references = browsed.getReferences();
            result.add(references == null ? List.of() : List.of(references));
        }
        return result;
    }

    /** The results of {@code reads}, in their order. */
    DataValue[] read(List<ReadValueId> reads) throws UaException {
        return reads.isEmpty() ? new DataValue[0] : client.read(0, TimestampsToReturn.Neither, reads).getResults();
    }

    /** A LocalizedText attribute of each node, empty where it has none. */
    List<String> texts(List<NodeId> nodes, AttributeId attribute) throws UaException {
        List<String> result = new ArrayList<>();
        for (DataValue value : read(nodes.stream().map(n -> read(n, attribute)).toList())) {
            result.add(value(value) instanceof LocalizedText text && text.text() != null ? text.text() : "");
        }
        return result;
    }

    static ReadValueId read(NodeId node, AttributeId attribute) {
        return new ReadValueId(node, attribute.uid(), null, null);
    }

    /** The value read, with structures (EURange, EngineeringUnits) decoded; null without one. */
    Object decoded(DataValue value) {
        Object raw = value(value);
        return raw instanceof ExtensionObject xo ? xo.decode(client.getStaticEncodingContext()) : raw;
    }

    static Object value(DataValue value) {
        return value.getValue() == null ? null : value.getValue().getValue();
    }

    static List<ReferenceDescription> objects(List<ReferenceDescription> references) {
        return references.stream().filter(r -> r.getNodeClass() == NodeClass.Object).toList();
    }

    List<NodeId> nodeIds(List<ReferenceDescription> references) {
        return references.stream().map(r -> nodeId(r).orElseThrow()).toList();
    }

    /** The target as a local NodeId; empty for a node on another server. */
    Optional<NodeId> nodeId(ReferenceDescription reference) {
        return reference.getNodeId().toNodeId(client.getNamespaceTable());
    }
}
