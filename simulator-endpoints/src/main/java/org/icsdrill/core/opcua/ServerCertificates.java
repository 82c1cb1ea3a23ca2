package org.icsdrill.core.opcua;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.KeyStoreCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's application instance certificate and the client trust list, kept under
 * {@code <dataDir>/pki} so a restart presents the same certificate (clients that trusted it keep
 * trusting it):
 * <pre>
 *   pki/own/server.p12        self-signed RSA-2048 / SHA-256 certificate and key (PKCS#12)
 *   pki/own/server.p12.pass   the key store's random password, owner-readable only
 *   pki/trusted/certs         trusted client certificates (DER), read by Milo's FileBasedTrustListManager
 *   pki/issuer/certs, .../crl CA certificates and revocation lists
 *   pki/rejected              client certificates that were refused, to be trusted later by hand
 * </pre>
 * The certificate is made again when it has expired or no longer names every configured host name
 * (IEC 62541-4, 6.1.3: clients check the host name of the endpoint URL against the certificate).
 * How client certificates become trusted is decided by {@link TrustOnFirstUseValidator}.
 */
final class ServerCertificates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCertificates.class);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String KEY_STORE = "server.p12";

    private final CertificateManager certificateManager;
    private final X509Certificate certificate;
    private final String applicationUri;
    private final Closeable[] resources;

    private ServerCertificates(CertificateManager certificateManager, X509Certificate certificate,
                               Closeable... resources) {
        this.certificateManager = certificateManager;
        this.certificate = certificate;
        this.resources = resources;
        this.applicationUri = CertificateUtil.getSanUri(certificate)
                .orElseThrow(() -> new IllegalStateException("server certificate has no application URI"));
    }

    /**
     * Loads or creates the certificate and the trust list.
     *
     * @param trustNewClients accept a client certificate that is not yet trusted by adding it to the
     *                        trust list (see {@link TrustOnFirstUseValidator})
     */
    static ServerCertificates open(Path dataDirectory, List<String> hostnames, boolean trustNewClients)
            throws Exception {
        Path pki = dataDirectory.resolve("pki");
        Path own = Files.createDirectories(pki.resolve("own"));
        Path keyStore = own.resolve(KEY_STORE);
        char[] password = keyStorePassword(own.resolve(KEY_STORE + ".pass"));

        FileBasedTrustListManager trustList = FileBasedTrustListManager.createAndInitialize(pki);
        CertificateQuarantine rejected = FileBasedCertificateQuarantine.create(
                Files.createDirectories(pki.resolve("rejected")));
        var validator = new TrustOnFirstUseValidator(
                new DefaultClientCertificateValidator(trustList, rejected), trustList, rejected, trustNewClients);

        var settings = new KeyStoreCertificateStore.Settings(keyStore, () -> password, alias -> password);
        KeyStoreCertificateStore store = KeyStoreCertificateStore.createAndInitialize(settings);
        if (store.contains(NodeIds.RsaSha256ApplicationCertificateType)) {
            CertificateStore.Entry entry = store.get(NodeIds.RsaSha256ApplicationCertificateType);
            String stale = staleness(entry.certificateChain[0], hostnames);
            if (stale != null) {
                LOG.info("making a new OPC UA server certificate: {}", stale);
                store.remove(NodeIds.RsaSha256ApplicationCertificateType);
            }
        }
        var group = DefaultApplicationGroup.createAndInitialize(
                trustList, store, new SelfSignedFactory(hostnames), validator);
        X509Certificate certificate = group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType)
                .orElseThrow(() -> new IllegalStateException("no server certificate in " + keyStore))[0];
        return new ServerCertificates(new DefaultCertificateManager(rejected, group), certificate, trustList, store);
    }

    /** Stops watching the trust list folders (the watch lets a newly trusted certificate count at once). */
    @Override
    public void close() {
        for (Closeable resource : resources) {
            try {
                resource.close();
            } catch (IOException e) {
                LOG.warn("cannot close {}", resource, e);
            }
        }
    }

    CertificateManager certificateManager() {
        return certificateManager;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The ApplicationUri, which must equal the URI in the certificate (IEC 62541-4, 7.2). */
    String applicationUri() {
        return applicationUri;
    }

    /** Why a stored certificate cannot be used any more, or null if it can. */
    private static String staleness(X509Certificate certificate, List<String> hostnames) {
        try {
            certificate.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return "the stored one is not valid now (" + e.getMessage() + ")";
        }
        Set<String> named = new HashSet<>(CertificateUtil.getSanDnsNames(certificate));
        named.addAll(CertificateUtil.getSanIpAddresses(certificate));
        for (String host : hostnames) {
            if (!named.contains(host)) {
                return "the stored one does not name host " + host;
            }
        }
        return null;
    }

    /** A random password for the key store, made once and kept next to it, readable by the owner only. */
    private static char[] keyStorePassword(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
    }

    /** Makes the self-signed certificate with the configured host names, not every interface's. */
    private static final class SelfSignedFactory extends RsaSha256CertificateFactory {

        private final List<String> hostnames;

        SelfSignedFactory(List<String> hostnames) {
            this.hostnames = hostnames;
        }

        @Override
        protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) throws Exception {
            SelfSignedCertificateBuilder builder = new SelfSignedCertificateBuilder(keyPair)
                    .setCommonName("ICS Drill OPC UA server")
                    .setOrganization("ICS Drill")
                    .setApplicationUri("urn:icsdrill:server:" + UUID.randomUUID())
                    .setValidityPeriod(Period.ofYears(3));
            for (String host : hostnames) {
                if (IPV4.matcher(host).matches() || host.contains(":")) {
                    builder.addIpAddress(host);
                } else {
                    builder.addDnsName(host);
                }
            }
            return new X509Certificate[] {builder.build()};
        }
    }
}
