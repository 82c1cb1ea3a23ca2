package org.icsdrill.core.opcua;

import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.icsdrill.api.PlantAddress;

/** Milo clients for the endpoint under test. */
final class OpcUaTestClients {

    private OpcUaTestClients() {
    }

    /** An anonymous client on the None endpoint. */
    static OpcUaClient anonymous(OpcUaEndpoint endpoint) throws UaException {
        return connect(endpoint, SecurityPolicy.None, MessageSecurityMode.None, b -> {
        });
    }

    /** A user-name client on the None endpoint (the password itself is still encrypted). */
    static OpcUaClient user(OpcUaEndpoint endpoint, Credentials user) throws UaException {
        return connect(endpoint, SecurityPolicy.None, MessageSecurityMode.None,
                b -> b.setIdentityProvider(new UsernameProvider(user.username(), user.password())));
    }

    static OpcUaClient connect(OpcUaEndpoint endpoint, SecurityPolicy policy, MessageSecurityMode mode,
                               Consumer<OpcUaClientConfigBuilder> configure) throws UaException {
        OpcUaClient client = OpcUaClient.create(endpoint.endpointUrl(),
                endpoints -> endpoints.stream()
                        .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                        .findFirst(),
                transport -> {
                },
                builder -> {
                    builder.setApplicationName(LocalizedText.english("ICS Drill test client"))
                            .setApplicationUri(TestCertificates.CLIENT_APPLICATION_URI);
                    configure.accept(builder);
                });
        client.connect();
        return client;
    }

    /** Disconnects the clients that were connected (a failed start leaves some null). */
    static void disconnect(OpcUaClient... clients) throws UaException {
        for (OpcUaClient client : clients) {
            if (client != null) {
                client.disconnect();
            }
        }
    }

    static NodeId tagNode(OpcUaClient client, String tag) {
        int ns = namespaceIndex(client).orElseThrow();
        return new NodeId(ns, TestPlant.ID + "." + tag);
    }

    static Optional<Integer> namespaceIndex(OpcUaClient client) {
        return Optional.ofNullable(client.getNamespaceTable().getIndex(PlantAddress.NAMESPACE_URI))
                .map(Number::intValue);
    }
}
