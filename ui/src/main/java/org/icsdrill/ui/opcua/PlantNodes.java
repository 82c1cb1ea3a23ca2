package org.icsdrill.ui.opcua;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.icsdrill.api.PlantAddress;

/**
 * The NodeIds of the plants' namespace on this server: its index is assigned at the server's
 * start-up, so it is looked up by URI in the NamespaceArray (see {@link PlantAddress}).
 */
record PlantNodes(int namespace) {

    static PlantNodes of(OpcUaClient client, String endpointUrl) throws UaException {
        Number index = client.getNamespaceTable().getIndex(PlantAddress.NAMESPACE_URI);
        if (index == null) {
            throw new UaException(StatusCode.BAD.getValue(), endpointUrl + " has no namespace "
                    + PlantAddress.NAMESPACE_URI);
        }
        return new PlantNodes(index.intValue());
    }

    NodeId tag(TagInfo tag) {
        return new NodeId(namespace, tag.id());
    }

    NodeId mimic(String plantId) {
        return new NodeId(namespace, PlantAddress.mimic(plantId));
    }

    NodeId couplings(String plantId) {
        return new NodeId(namespace, PlantAddress.couplings(plantId));
    }
}
