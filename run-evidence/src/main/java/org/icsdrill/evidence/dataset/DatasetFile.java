package org.icsdrill.evidence.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** One file of a run, as the manifest lists it: its path within the run, its size and its SHA-256. */
public record DatasetFile(String name, long size, String sha256) {

    public DatasetFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Measures {@code file}, named by its path relative to {@code base} with forward slashes. */
    public static DatasetFile of(Path base, Path file) throws IOException {
        return new DatasetFile(base.relativize(file).toString().replace('\\', '/'), Files.size(file), sha256(file));
    }

    /** Whether {@code base} still holds this file, byte for byte. */
    public boolean matches(Path base) throws IOException {
        Path file = base.resolve(name);
        return Files.isRegularFile(file) && Files.size(file) == size && sha256(file).equals(sha256);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
