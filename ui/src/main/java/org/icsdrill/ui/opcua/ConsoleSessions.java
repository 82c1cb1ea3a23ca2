package org.icsdrill.ui.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

/**
 * The console's sessions with the server: the anonymous one it watches the plants with (an HMI
 * watching its SCADA server), one per user that logs in or writes, opened on first use and kept,
 * and which of them is logged in. User sessions are opened on the connection's thread only.
 */
final class ConsoleSessions implements AutoCloseable {

    /**
     * Where a console speaks from when the simulator runs on this machine: the operator console's own
     * address on the plant network, a known host, so that its writes are not flagged as an unknown
     * source the way a tool on 127.0.0.1 (mbpoll, a script) is.
     */
    static final String CONSOLE_ADDRESS = "127.0.0.30";

    /** Milo's session keep-alive (a read of the server's state), which notices a silent server. */
    private static final UInteger KEEP_ALIVE_MS = uint(2000);

    private final String endpointUrl;
    private final String[] localeIds;
    private final OpcUaClient anonymous;
    private final Map<String, OpcUaClient> users = new HashMap<>();
    private volatile OpcUaClient loggedIn;

    private ConsoleSessions(String endpointUrl, String[] localeIds, OpcUaClient anonymous) {
        this.endpointUrl = endpointUrl;
        this.localeIds = localeIds;
        this.anonymous = anonymous;
    }

    /**
     * Connects anonymously on the None endpoint; blocks the calling thread. Every session asks for
     * {@code locale}'s language, then English (the LocaleIds of ActivateSession, IEC 62541-4, 5.6.3).
     */
    static ConsoleSessions open(String endpointUrl, Locale locale) throws UaException {
        String[] localeIds = locale.getLanguage().equals("en") || locale.getLanguage().isEmpty()
                ? new String[] {"en"} : new String[] {locale.getLanguage(), "en"};
        return new ConsoleSessions(endpointUrl, localeIds, connect(endpointUrl, localeIds, null, null));
    }

    String endpointUrl() {
        return endpointUrl;
    }

    OpcUaClient anonymous() {
        return anonymous;
    }

    /** The session of the logged-in user, or null before a login. */
    OpcUaClient loggedIn() {
        return loggedIn;
    }

    /** Opens (or reuses) {@code username}'s session and makes it the logged-in one. */
    OpcUaClient logIn(String username, String password) throws UaException {
        OpcUaClient session = user(username, password);
        loggedIn = session;
        return session;
    }

    /** The anonymous session for a blank user name, else that user's, opened on first use and kept. */
    OpcUaClient forWriting(String username, String password) throws UaException {
        return username == null || username.isBlank() ? anonymous : user(username, password);
    }

    private OpcUaClient user(String username, String password) throws UaException {
        String secret = password == null ? "" : password;
        String key = username + '\0' + secret;
        OpcUaClient existing = users.get(key);
        if (existing != null) {
            return existing;
        }
        OpcUaClient created = connect(endpointUrl, localeIds, username, secret);
        users.put(key, created);
        return created;
    }

    private static OpcUaClient connect(String endpointUrl, String[] localeIds, String username, String password)
            throws UaException {
        Optional<InetSocketAddress> local = consoleAddress(endpointUrl);
        OpcUaClient created = OpcUaClient.create(endpointUrl,
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())
                                && e.getSecurityMode() == MessageSecurityMode.None)
                        .findFirst(),
                transport -> local.ifPresent(address -> transport.setBootstrapCustomizer(b -> b.localAddress(address))),
                builder -> {
                    builder.setApplicationName(LocalizedText.english("ICS Drill console"))
                            .setApplicationUri("urn:icsdrill:console")
                            .setSessionLocaleIds(localeIds)
                            // a server that goes silent without closing the socket is noticed within a few seconds
                            .setKeepAliveInterval(KEEP_ALIVE_MS).setKeepAliveTimeout(KEEP_ALIVE_MS)
                            .setKeepAliveFailuresAllowed(uint(1));
                    if (username != null) {
                        // the server's UserName policy encrypts the password even on the None endpoint (ADR 3)
                        builder.setIdentityProvider(new UsernameProvider(username, password));
                    }
                });
        try {
            created.connect();
        } catch (UaException e) {
            created.disconnectAsync(); // a refused login must not leave its transport open
            throw e;
        }
        return created;
    }

    /** The console's address when the server is on this machine's IPv4 loopback; else the system's choice. */
    static Optional<InetSocketAddress> consoleAddress(String endpointUrl) {
        try {
            InetAddress server = InetAddress.getByName(URI.create(endpointUrl).getHost());
            return server instanceof Inet4Address && server.isLoopbackAddress()
                    ? Optional.of(new InetSocketAddress(InetAddress.getByName(CONSOLE_ADDRESS), 0))
                    : Optional.empty();
        } catch (UnknownHostException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty(); // the connect that follows reports the bad URL in its own words
        }
    }

    /** Disconnects without waiting for the server's answer, for a connection that failed half-way. */
    void abandon() {
        anonymous.disconnectAsync();
    }

    @Override
    public void close() {
        for (OpcUaClient user : users.values()) {
            disconnect(user);
        }
        disconnect(anonymous);
    }

    private static void disconnect(OpcUaClient client) {
        try {
            client.disconnect();
        } catch (UaException e) {
            // closing: nothing left to tell the operator
        }
    }
}
