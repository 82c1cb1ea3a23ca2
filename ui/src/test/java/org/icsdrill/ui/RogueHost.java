package org.icsdrill.ui;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.opcua.Credentials;

/** An attacker's OPC UA client on its own loopback address, logging in with stolen credentials. */
public final class RogueHost {

    public static final String ADDRESS = "127.0.0.66";

    private RogueHost() {
    }

    /** Writes one tag from {@link #ADDRESS}; throws when the connection is refused (the host is isolated). */
    public static StatusCode write(SimulatorFixture simulator, String plant, String tag, double value)
            throws Exception {
        Credentials stolen = simulator.operator();
        InetAddress from = InetAddress.getByName(ADDRESS);
        OpcUaClient client = OpcUaClient.create(simulator.endpoint.endpointUrl(),
                endpoints -> endpoints.stream().filter(e -> SecurityPolicy.None.getUri()
                        .equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == MessageSecurityMode.None)
                        .findFirst(),
                transport -> transport.setBootstrapCustomizer(b -> b.localAddress(new InetSocketAddress(from, 0))),
                config -> config.setApplicationName(LocalizedText.english("rogue"))
                        .setApplicationUri("urn:test:rogue")
                        .setIdentityProvider(new UsernameProvider(stolen.username(), stolen.password())));
        client.connect();
        try {
            int ns = client.getNamespaceTable().getIndex(PlantAddress.NAMESPACE_URI).intValue();
            return client.writeValues(List.of(new NodeId(ns, plant + "." + tag)),
                    List.of(DataValue.valueOnly(new Variant(value)))).get(0);
        } finally {
            client.disconnect();
        }
    }
}
