package org.icsdrill.core.opcua;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OPC UA endpoint's users, kept in {@code <dataDir>/users.properties}, one line per user:
 * <pre>  operator=operator:310000:&lt;salt, Base64&gt;:&lt;hash, Base64&gt;</pre>
 * that is role, PBKDF2WithHmacSHA256 iteration count, a 16-byte random salt and the 256-bit
 * derived key. The iteration count is stored per user so it can be raised later without breaking
 * existing entries. Clear-text passwords are never written.
 *
 * <p>On the first run (no file yet) a user {@code operator} with a random 16-character password is
 * created and reported once through {@link #createdDefaultOperator()}: there is no fixed default
 * password to forget to change. Thread-safe.
 */
public final class UserStore {

    public static final String FILE_NAME = "users.properties";
    public static final String DEFAULT_OPERATOR = "operator";
    /** PBKDF2-HMAC-SHA256 rounds for new entries (OWASP 2021 guidance: 310,000). */
    public static final int ITERATIONS = 310_000;
    public static final int PASSWORD_LENGTH = 16;

    private static final Logger LOG = LoggerFactory.getLogger(UserStore.class);
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** No look-alike characters (0/O, 1/l/I), so a password read off a screen can be typed. */
    private static final char[] ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> users = new TreeMap<>();
    private volatile Entry dummy;
    private Credentials createdDefaultOperator;

    private record Entry(Role role, int iterations, byte[] salt, byte[] hash) {

        String encode() {
            Base64.Encoder b64 = Base64.getEncoder();
            return role.key() + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        }

        static Entry decode(String user, String text) {
            String[] parts = text.split(":");
            if (parts.length != 4) {
                throw new IllegalArgumentException("user " + user + ": expected role:iterations:salt:hash");
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new Entry(Role.fromKey(parts[0]), Integer.parseInt(parts[1]), b64.decode(parts[2]),
                    b64.decode(parts[3]));
        }
    }

    private UserStore(Path file) {
        this.file = file;
    }

    /**
     * Opens the store in {@code dataDirectory}, creating the directory, the file and the default
     * {@code operator} user if there is no file yet.
     *
     * @throws IOException if the file cannot be read or written, or is malformed
     */
    public static UserStore open(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        UserStore store = new UserStore(dataDirectory.resolve(FILE_NAME));
        if (Files.exists(store.file)) {
            store.load();
        } else {
            store.createdDefaultOperator = store.addUser(DEFAULT_OPERATOR, Role.OPERATOR);
            LOG.info("created OPC UA user '{}' with a random password in {}", DEFAULT_OPERATOR, store.file);
        }
        return store;
    }

    public Path file() {
        return file;
    }

    /** The default operator and its password, present only when this run created the file. */
    public Optional<Credentials> createdDefaultOperator() {
        return Optional.ofNullable(createdDefaultOperator);
    }

    /** Creates or replaces a user with a fresh random password, and returns it once. */
    public Credentials addUser(String username, Role role) throws IOException {
        String password = randomPassword();
        setPassword(username, role, password);
        return new Credentials(username, password, role);
    }

    /** Creates or replaces a user with the given password. */
    public synchronized void setPassword(String username, Role role, String password) throws IOException {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name must be a letter then letters, digits, _ . -: " + username);
        }
        if (password.length() < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        users.put(username, new Entry(role, ITERATIONS, salt, hash(password.toCharArray(), salt, ITERATIONS)));
        save();
    }

    /** The user's role when the password matches; empty for an unknown user or a wrong password. */
    public Optional<Role> authenticate(String username, String password) {
        Entry entry;
        synchronized (this) {
            entry = users.get(username);
        }
        // An unknown user costs a full hash too, so response timing does not reveal user names.
        Entry checked = entry != null ? entry : dummy();
        byte[] actual = hash(password.toCharArray(), checked.salt(), checked.iterations());
        boolean match = MessageDigest.isEqual(actual, checked.hash());
        return entry != null && match ? Optional.of(entry.role()) : Optional.empty();
    }

    /** Every user name with its role, in name order (never the hashes). */
    public synchronized java.util.SortedMap<String, Role> roles() {
        java.util.SortedMap<String, Role> roles = new java.util.TreeMap<>();
        users.forEach((name, entry) -> roles.put(name, entry.role()));
        return roles;
    }

    public synchronized Optional<Role> role(String username) {
        return Optional.ofNullable(users.get(username)).map(Entry::role);
    }

    private Entry dummy() {
        Entry value = dummy;
        if (value == null) {
            byte[] salt = new byte[SALT_BYTES];
            value = new Entry(Role.OPERATOR, ITERATIONS, salt, hash(new char[] {'-'}, salt, ITERATIONS));
            dummy = value;
        }
        return value;
    }

    private void load() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            for (String user : properties.stringPropertyNames()) {
                users.put(user, Entry.decode(user, properties.getProperty(user)));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed " + file + ": " + e.getMessage(), e);
        }
    }

    private void save() throws IOException {
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            writer.write("# ICS Drill OPC UA users: user=role:iterations:salt:hash (" + ALGORITHM
                    + ", Base64). Edit with the icsdrill CLI, not by hand.\n");
            for (Map.Entry<String, Entry> user : users.entrySet()) {
                writer.write(user.getKey() + "=" + user.getValue().encode() + "\n");
            }
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String randomPassword() {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }

    private static byte[] hash(char[] password, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java 17 runtime", e);
        }
    }
}
