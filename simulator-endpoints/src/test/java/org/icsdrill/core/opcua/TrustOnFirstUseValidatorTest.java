package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client certificates: trusted on first use on loopback, refused and quarantined elsewhere. */
class TrustOnFirstUseValidatorTest {

    @TempDir
    Path pki;

    private FileBasedTrustListManager trustList;

    @AfterEach
    void closeTrustList() throws Exception {
        if (trustList != null) {
            trustList.close();
        }
    }

    @Test
    void onLoopbackANewClientIsTrustedAndRecorded() throws Exception {
        TestCertificates client = TestCertificates.generate();

        validator(true).validateCertificateChain(List.of(client.certificate()), null, null);

        assertThat(trustList.getTrustedCertificates()).containsExactly(client.certificate());
        assertThat(fileCount(pki.resolve("trusted/certs"))).isEqualTo(1);
        assertThat(pki.resolve("rejected")).isEmptyDirectory();
    }

    @Test
    void elsewhereANewClientIsRefusedAndQuarantined() throws Exception {
        TestCertificates client = TestCertificates.generate();
        TrustOnFirstUseValidator validator = validator(false);

        assertThatThrownBy(() -> validator.validateCertificateChain(List.of(client.certificate()), null, null))
                .isInstanceOf(UaException.class);
        assertThat(trustList.getTrustedCertificates()).isEmpty();
        assertThat(fileCount(pki.resolve("rejected"))).isEqualTo(1);
    }

    private static long fileCount(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    private TrustOnFirstUseValidator validator(boolean trustNewClients) throws Exception {
        trustList = FileBasedTrustListManager.createAndInitialize(pki);
        var rejected = FileBasedCertificateQuarantine.create(Files.createDirectories(pki.resolve("rejected")));
        return new TrustOnFirstUseValidator(new DefaultClientCertificateValidator(trustList, rejected), trustList,
                rejected, trustNewClients);
    }
}
