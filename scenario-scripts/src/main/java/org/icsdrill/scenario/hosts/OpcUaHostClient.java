package org.icsdrill.scenario.hosts;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.icsdrill.api.PlantAddress;

/**
 * An OPC UA client that speaks from a chosen loopback address (a simulated host): anonymous, on
 * the None endpoint, as a rogue tool without credentials would. Milo lets us bind the channel's
 * local address through its Netty bootstrap, so the server and a sensor see the host's address.
 */
public final class OpcUaHostClient {

    private OpcUaHostClient() {
    }

    /**
     * Writes one value to a plant tag's node and returns the server's status, such as
     * {@code Bad_UserAccessDenied} for an anonymous write.
     */
    public static StatusCode write(InetAddress from, String endpointUrl, String plant, String tag, Variant value)
            throws UaException {
        OpcUaClient client = OpcUaClient.create(endpointUrl,
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())
                                && e.getSecurityMode() == MessageSecurityMode.None)
                        .findFirst(),
                transport -> transport.setBootstrapCustomizer(b -> b.localAddress(new InetSocketAddress(from, 0))),
                config -> config.setApplicationName(LocalizedText.english("rogue OPC UA client"))
                        .setApplicationUri("urn:icsdrill:host:" + from.getHostAddress()));
        client.connect();
        try {
            Number ns = client.getNamespaceTable().getIndex(PlantAddress.NAMESPACE_URI);
            if (ns == null) {
                throw new UaException(StatusCode.BAD.getValue(), "the server has no " + PlantAddress.NAMESPACE_URI);
            }
            NodeId node = new NodeId(ns.intValue(), plant + "." + tag);
            return client.writeValues(List.of(node), List.of(DataValue.valueOnly(value))).get(0);
        } finally {
            client.disconnect();
        }
    }
}
