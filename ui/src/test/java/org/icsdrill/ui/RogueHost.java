package org.icsdrill.ui;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.opcua.Credentials;

/**
 * An attacker's OPC UA client on its own loopback address, logging in with stolen credentials; also
 * plain readers on any loopback address, to make traffic.
 */
public final class RogueHost {

    public static final String ADDRESS = "127.0.0.66";

    private RogueHost() {
    }

    /** Writes one tag from {@link #ADDRESS}; throws when the connection is refused (the host is isolated). */
    public static StatusCode write(SimulatorFixture simulator, String plant, String tag, double value)
            throws Exception {
        Credentials stolen = simulator.operator();
        OpcUaClient client = connect(simulator, ADDRESS,
                new UsernameProvider(stolen.username(), stolen.password()));
        try {
            int ns = client.getNamespaceTable().getIndex(PlantAddress.NAMESPACE_URI).intValue();
            return client.writeValues(List.of(new NodeId(ns, plant + "." + tag)),
                    List.of(DataValue.valueOnly(new Variant(value)))).get(0);
        } finally {
            client.disconnect();
        }
    }

    /**
     * Reads one tag {@code times} times from {@code address}, anonymously, in reads of at most 500
     * nodes: that many journaled requests, from a host the inventory knows or not.
     */
    public static void read(SimulatorFixture simulator, String address, String plant, String tag, int times)
            throws Exception {
        OpcUaClient client = connect(simulator, address, new AnonymousProvider());
        try {
            NodeId node = new NodeId(client.getNamespaceTable().getIndex(PlantAddress.NAMESPACE_URI).intValue(),
                    plant + "." + tag);
            for (int left = times; left > 0; left -= 500) {
                client.readValues(0, TimestampsToReturn.Neither, Collections.nCopies(Math.min(500, left), node));
            }
        } finally {
            client.disconnect();
        }
    }

    private static OpcUaClient connect(SimulatorFixture simulator, String address, IdentityProvider identity)
            throws Exception {
        InetAddress from = InetAddress.getByName(address);
        OpcUaClient client = OpcUaClient.create(simulator.endpoint.endpointUrl(),
                endpoints -> endpoints.stream().filter(e -> SecurityPolicy.None.getUri()
                        .equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == MessageSecurityMode.None)
                        .findFirst(),
                transport -> transport.setBootstrapCustomizer(b -> b.localAddress(new InetSocketAddress(from, 0))),
                config -> config.setApplicationName(LocalizedText.english("rogue"))
                        .setApplicationUri("urn:test:rogue")
                        .setIdentityProvider(identity));
        client.connect();
        return client;
    }
}
