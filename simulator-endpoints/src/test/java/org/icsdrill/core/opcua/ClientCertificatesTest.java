package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCertificatesTest {

    @TempDir
    Path data;

    @Test
    void trustingAPemCertificateMovesItFromRejectedToTrusted() throws Exception {
        TestCertificates client = TestCertificates.generate();
        Path rejected = Files.createDirectories(ClientCertificates.rejectedFolder(data)).resolve("client.der");
        Files.write(rejected, client.certificate().getEncoded());
        Path pem = data.resolve("client.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(client.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");

        ClientCertificates.Entry trusted = ClientCertificates.trust(data, pem);

        assertThat(trusted.subject()).contains("CN=ICS Drill test client");
        assertThat(ClientCertificates.list(ClientCertificates.trustedFolder(data))).singleElement()
                .satisfies(e -> assertThat(e.thumbprint()).isEqualTo(trusted.thumbprint()));
        assertThat(rejected).doesNotExist();
    }

    @Test
    void aFileThatIsNotACertificateIsAClearError() throws Exception {
        Path junk = Files.writeString(data.resolve("junk.der"), "hello");
        assertThatThrownBy(() -> ClientCertificates.trust(data, junk)).isInstanceOf(CertificateException.class)
                .hasMessageContaining("junk.der is not an X.509 certificate");
        assertThatThrownBy(() -> ClientCertificates.trust(data, data.resolve("missing.der")))
                .hasMessageContaining("no such file");
    }
}
