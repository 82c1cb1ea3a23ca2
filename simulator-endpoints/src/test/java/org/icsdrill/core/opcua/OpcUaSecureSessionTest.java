package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engineer on a Basic256Sha256 SignAndEncrypt channel with a self-signed client certificate. */
class OpcUaSecureSessionTest {

    @TempDir
    static Path dataDir;

    static OpcUaFixture plant;
    static OpcUaClient engineer;
    static TestCertificates clientCertificate;

    @BeforeAll
    static void start() throws Exception {
        plant = new OpcUaFixture(dataDir);
        Credentials credentials = plant.endpoint.users().addUser("engineer", Role.ENGINEER);
        clientCertificate = TestCertificates.generate();
        engineer = OpcUaTestClients.connect(plant.endpoint, SecurityPolicy.Basic256Sha256,
                MessageSecurityMode.SignAndEncrypt, builder -> builder
                        .setKeyPair(clientCertificate.keyPair())
                        .setCertificate(clientCertificate.certificate())
                        .setCertificateChain(new X509Certificate[] {clientCertificate.certificate()})
                        .setIdentityProvider(new UsernameProvider(credentials.username(), credentials.password())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (engineer != null) {
            engineer.disconnect();
        }
        if (plant != null) {
            plant.close();
        }
    }

    @Test
    void sessionRunsOnTheEncryptedEndpoint() {
        var endpoint = engineer.getConfig().getEndpoint();

        assertThat(endpoint.getSecurityPolicyUri()).isEqualTo(SecurityPolicy.Basic256Sha256.getUri());
        assertThat(endpoint.getSecurityMode()).isEqualTo(MessageSecurityMode.SignAndEncrypt);
    }

    @Test
    void offersNoneSignAndSignAndEncryptWithAnonymousAndEncryptedUserNameTokens() throws Exception {
        List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(plant.endpoint.endpointUrl()).get();
        String byName = "opc.tcp://localhost:" + plant.endpoint.port() + OpcUaEndpoint.PATH;

        // GetEndpoints answers with the endpoints of the host name the client asked for.
        assertThat(endpoints).extracting(EndpointDescription::getEndpointUrl)
                .containsOnly(plant.endpoint.endpointUrl());
        assertThat(DiscoveryClient.getEndpoints(byName).get()).extracting(EndpointDescription::getEndpointUrl)
                .containsOnly(byName);
        assertThat(endpoints).extracting(e -> e.getSecurityPolicyUri() + " " + e.getSecurityMode())
                .containsOnly(SecurityPolicy.None.getUri() + " None",
                        SecurityPolicy.Basic256Sha256.getUri() + " Sign",
                        SecurityPolicy.Basic256Sha256.getUri() + " SignAndEncrypt",
                        SecurityPolicy.Aes128_Sha256_RsaOaep.getUri() + " Sign",
                        SecurityPolicy.Aes128_Sha256_RsaOaep.getUri() + " SignAndEncrypt",
                        SecurityPolicy.Aes256_Sha256_RsaPss.getUri() + " Sign",
                        SecurityPolicy.Aes256_Sha256_RsaPss.getUri() + " SignAndEncrypt");
        assertThat(endpoints).allSatisfy(e -> assertThat(e.getUserIdentityTokens())
                .extracting(UserTokenPolicy::getTokenType, UserTokenPolicy::getSecurityPolicyUri)
                .containsExactlyInAnyOrder(tuple(UserTokenType.Anonymous, null),
                        tuple(UserTokenType.UserName, SecurityPolicy.Basic256Sha256.getUri())));
    }

    @Test
    void aSessionOnEachNewerPolicyWorks() throws Exception {
        for (SecurityPolicy policy : List.of(SecurityPolicy.Aes128_Sha256_RsaOaep,
                SecurityPolicy.Aes256_Sha256_RsaPss)) {
            OpcUaClient client = OpcUaTestClients.connect(plant.endpoint, policy, MessageSecurityMode.SignAndEncrypt,
                    builder -> builder.setKeyPair(clientCertificate.keyPair())
                            .setCertificate(clientCertificate.certificate())
                            .setCertificateChain(new X509Certificate[] {clientCertificate.certificate()}));
            try {
                assertThat(client.getConfig().getEndpoint().getSecurityPolicyUri()).isEqualTo(policy.getUri());
                assertThat(client.readValue(0, TimestampsToReturn.Both, OpcUaTestClients.tagNode(client, "T1.TT101"))
                        .getStatusCode().isGood()).as(policy.name()).isTrue();
            } finally {
                client.disconnect();
            }
        }
    }

    @Test
    void engineerReadsAndTunesAParameter() throws Exception {
        NodeId gain = OpcUaTestClients.tagNode(engineer, "T1.TC101_KP");

        List<StatusCode> results = engineer.writeValues(List.of(gain), List.of(DataValue.valueOnly(new Variant(4.0))));
        plant.simulation.step();

        assertThat(results.get(0).isGood()).isTrue();
        assertThat(engineer.readValue(0, TimestampsToReturn.Both, gain).getValue().getValue()).isEqualTo(4.0);
    }

    @Test
    void loopbackClientCertificateIsTrustedOnFirstUseAndKept() throws Exception {
        Path trusted = dataDir.resolve("pki/trusted/certs");

        try (Stream<Path> files = Files.list(trusted)) {
            assertThat(files).hasSize(1);
        }
        assertThat(dataDir.resolve("pki/rejected")).isEmptyDirectory();
        assertThat(dataDir.resolve("pki/own/server.p12")).exists();
    }
}
