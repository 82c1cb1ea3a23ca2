package org.icsdrill.core.opcua;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/** A self-signed client application certificate, made fresh for a test. */
record TestCertificates(KeyPair keyPair, X509Certificate certificate) {

    static final String CLIENT_APPLICATION_URI = "urn:icsdrill:test-client";

    static TestCertificates generate() throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName("ICS Drill test client")
                .setOrganization("ICS Drill")
                .setApplicationUri(CLIENT_APPLICATION_URI)
                .addDnsName("localhost")
                .addIpAddress("127.0.0.1")
                .build();
        return new TestCertificates(keyPair, certificate);
    }
}
