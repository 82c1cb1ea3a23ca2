package org.icsdrill.core.opcua;

import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.TrustListManager;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How client application certificates become trusted (IEC 62541-4, 6.1.3 application instance
 * certificate validation):
 * <ul>
 *   <li>When the endpoint listens on loopback only (the default for drills, tests and headless
 *       vendor runs, where every client is a process on the same machine), an untrusted client
 *       certificate is trusted on first use: it is written to {@code pki/trusted/certs}, logged at
 *       WARN, and validated again, so expiry, signature and usage checks still apply. The trust list
 *       then shows exactly which clients have connected, and a certificate can be removed from it.</li>
 *   <li>When the endpoint listens on any other address, an untrusted certificate is refused
 *       ({@code Bad_SecurityChecksFailed}) and lands in {@code pki/rejected}; an administrator moves it to
 *       {@code pki/trusted/certs} (the planned {@code icsdrill pki trust} command).</li>
 * </ul>
 */
final class TrustOnFirstUseValidator implements CertificateValidator {

    private static final Logger LOG = LoggerFactory.getLogger(TrustOnFirstUseValidator.class);

    private final CertificateValidator strict;
    private final TrustListManager trustList;
    private final CertificateQuarantine rejected;
    private final boolean trustNewClients;

    TrustOnFirstUseValidator(CertificateValidator strict, TrustListManager trustList, CertificateQuarantine rejected,
                             boolean trustNewClients) {
        this.strict = strict;
        this.trustList = trustList;
        this.rejected = rejected;
        this.trustNewClients = trustNewClients;
    }

    @Override
    public void validateCertificateChain(List<X509Certificate> chain, @Nullable String applicationUri,
                                         @Nullable String[] validHostnames) throws UaException {
        try {
            strict.validateCertificateChain(chain, applicationUri, validHostnames);
        } catch (UaException e) {
            X509Certificate leaf = chain.get(0);
            if (!trustNewClients || !untrusted(e) || trustList.getTrustedCertificates().contains(leaf)) {
                throw e;
            }
            LOG.warn("trusting new client certificate '{}' on first use (loopback endpoint)",
                    leaf.getSubjectX500Principal().getName());
            rejected.removeRejectedCertificate(leaf);
            trustList.addTrustedCertificate(leaf);
            try {
                strict.validateCertificateChain(chain, applicationUri, validHostnames);
            } catch (UaException stillBad) {
                // Trust was not the only problem: take the certificate back out.
                trustList.removeTrustedCertificate(CertificateUtil.thumbprint(leaf));
                rejected.addRejectedCertificate(leaf);
                throw stillBad;
            }
        }
    }

    /** A failure to build a trusted path, as opposed to a bad certificate (expired, wrong usage). */
    private static boolean untrusted(UaException e) {
        long code = e.getStatusCode().getValue();
        return code == StatusCodes.Bad_CertificateUntrusted || code == StatusCodes.Bad_SecurityChecksFailed;
    }
}
