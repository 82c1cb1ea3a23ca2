package org.icsdrill.cli;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.icsdrill.core.opcua.Credentials;

/** A Milo client of a test's simulator, logged in as a drill account over the None endpoint, as a console is. */
final class ExerciseClients {

    private ExerciseClients() {
    }

    static OpcUaClient connect(SimulatorHost host, Credentials user) throws Exception {
        OpcUaClient client = OpcUaClient.create(host.opcUa().endpointUrl(),
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())
                                && e.getSecurityMode() == MessageSecurityMode.None)
                        .findFirst(),
                transport -> {
                },
                builder -> builder.setApplicationName(LocalizedText.english("ICS Drill test client"))
                        .setApplicationUri("urn:icsdrill:test")
                        .setIdentityProvider(new UsernameProvider(user.username(), user.password())));
        client.connect();
        return client;
    }
}
