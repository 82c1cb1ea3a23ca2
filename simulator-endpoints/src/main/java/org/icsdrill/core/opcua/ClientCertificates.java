package org.icsdrill.core.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The administrator's side of the client trust list in {@code <dataDir>/pki}: trusting a client
 * certificate (DER or PEM) copies it into {@code trusted/certs} and takes it out of
 * {@code rejected}. The running server's trust list watches that folder.
 */
public final class ClientCertificates {

    /** A certificate in one of the folders, named by its SHA-1 thumbprint as OPC UA tools show it. */
    public record Entry(String thumbprint, String subject, Path file) {
    }

    private ClientCertificates() {
    }

    public static Path trustedFolder(Path dataDirectory) {
        return dataDirectory.resolve("pki").resolve("trusted").resolve("certs");
    }

    public static Path rejectedFolder(Path dataDirectory) {
        return dataDirectory.resolve("pki").resolve("rejected");
    }

    /** Trusts a client certificate; returns where it was stored. */
    public static Entry trust(Path dataDirectory, Path certificateFile) throws IOException, CertificateException {
        X509Certificate certificate = read(certificateFile);
        String thumbprint = thumbprint(certificate);
        Path folder = Files.createDirectories(trustedFolder(dataDirectory));
        Path stored = folder.resolve(thumbprint + ".der");
        Files.write(stored, certificate.getEncoded());
        for (Entry rejected : list(rejectedFolder(dataDirectory))) {
            if (rejected.thumbprint().equals(thumbprint)) {
                Files.delete(rejected.file());
            }
        }
        return new Entry(thumbprint, certificate.getSubjectX500Principal().getName(), stored);
    }

    /** The certificates in a folder; files that are not certificates are skipped. */
    public static List<Entry> list(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                try {
                    X509Certificate certificate = read(file);
                    entries.add(new Entry(thumbprint(certificate), certificate.getSubjectX500Principal().getName(),
                            file));
                } catch (CertificateException | IOException e) {
                    // not a certificate: Milo keeps other files in these folders too
                }
            }
        }
        entries.sort((a, b) -> a.file().compareTo(b.file()));
        return entries;
    }

    static X509Certificate read(Path file) throws IOException, CertificateException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new CertificateException(file + " is not an X.509 certificate (DER or PEM)", e);
        }
    }

    static String thumbprint(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
