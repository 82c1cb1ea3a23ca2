package org.icsdrill.core.opcua;

import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.history.ScadaHistorian;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.ScadaPath;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one OPC UA server of a run (Eclipse Milo 1.x), serving every plant of the simulation in the
 * namespace {@value PlantAddress#NAMESPACE_URI}; see {@link PlantAddress} for the NodeIds.
 *
 * <p>Endpoints, all at {@code opc.tcp://<host>:<port>/icsdrill} for each configured host name:
 * SecurityPolicy None, and Basic256Sha256 with Sign and with SignAndEncrypt (IEC 62541-7 security
 * profiles). Each accepts Anonymous (read only) and UserName tokens; the UserName token policy
 * always encrypts the password with Basic256Sha256 (IEC 62541-4, 7.41), even on the None endpoint,
 * so passwords never cross the wire in clear.
 *
 * <p>Users and roles come from {@link UserStore} ({@code <dataDir>/users.properties}); the server
 * certificate and trust lists from {@link ServerCertificates} ({@code <dataDir>/pki}); how client
 * certificates are trusted is described in {@link TrustOnFirstUseValidator}. Writes are decided by
 * {@link TagWriter}; Read, Write, Browse and CreateMonitoredItems on plant nodes are journaled by
 * {@link JournalingServiceSets}; isolated hosts are cut off by {@link IsolationGate}.
 *
 * <p>Port 0 picks a free port by binding a {@link ServerSocket} to port 0 and closing it right
 * before the Milo server is built: Milo 1.1.1 takes the port in its immutable endpoint
 * configuration, writes it into endpoint URLs and descriptions, and binds only in startup(), so it
 * must be told a real port and cannot be given port 0. Should another process take the port in the
 * second or so until Milo binds, start-up fails with a clear message instead of binding elsewhere.
 */
public final class OpcUaEndpoint implements AutoCloseable {

    public static final String PATH = "/icsdrill";

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaEndpoint.class);
    private static final long START_TIMEOUT_SECONDS = 10;
    /** Password tokens are encrypted with Basic256Sha256 on every endpoint, None included. */
    private static final UserTokenPolicy USERNAME_TOKEN = new UserTokenPolicy("username_basic256sha256",
            UserTokenType.UserName, null, null, SecurityPolicy.Basic256Sha256.getUri());

    private final OpcUaServer server;
    private final int port;
    private final String endpointUrl;
    private final Credentials createdDefaultOperator;
    private final UserStore users;
    private final ServerCertificates certificates;
    private final ScadaPath scadaPath;
    private final Runnable detach;
    private final AtomicReference<NetworkTap> tap;

    private OpcUaEndpoint(OpcUaServer server, int port, String endpointUrl, UserStore users,
                          ServerCertificates certificates, ScadaPath scadaPath, Runnable detach,
                          AtomicReference<NetworkTap> tap) {
        this.server = server;
        this.tap = tap;
        this.scadaPath = scadaPath;
        this.detach = detach;
        this.certificates = certificates;
        this.port = port;
        this.endpointUrl = endpointUrl;
        this.users = users;
        this.createdDefaultOperator = users.createdDefaultOperator().orElse(null);
    }

    /**
     * Starts the server and returns once it listens.
     *
     * @throws OpcUaStartException if the data directory is unusable, the port is taken, or Milo fails
     */
    public static OpcUaEndpoint start(Simulation simulation, TransactionJournal journal, SourcePolicy policy,
                                      OpcUaConfig config) throws OpcUaStartException {
        return start(simulation, journal, policy, config, null);
    }

    /**
     * The same, with exercise control ({@link ExerciseAddress}) for the consoles when {@code exercise}
     * is given.
     */
    public static OpcUaEndpoint start(Simulation simulation, TransactionJournal journal, SourcePolicy policy,
                                      OpcUaConfig config, Exercise exercise) throws OpcUaStartException {
        long started = System.nanoTime();
        registerBouncyCastle();
        Path dataDirectory = usableDataDirectory(config.dataDirectory());
        InetAddress bind = bindAddress(config.bindAddress());
        if (config.port() != 0) {
            reservePort(bind, config.port()); // a taken port fails before the slow steps below
        }
        // Hashing the first password and making the first key pair both take CPU time: do them at once.
        CompletableFuture<UserStore> openingUsers = CompletableFuture.supplyAsync(() -> {
            try {
                return UserStore.open(dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ServerCertificates certificates;
        try {
            certificates = ServerCertificates.open(dataDirectory, config.hostnames(), bind.isLoopbackAddress());
        } catch (Exception e) {
            throw new OpcUaStartException("cannot load or create the OPC UA server certificate in "
                    + dataDirectory.resolve("pki") + ": " + e.getMessage(), e);
        }
        try {
            UserStore users = awaitUsers(openingUsers, dataDirectory);
            int port = reservePort(bind, config.port());
            OpcUaEndpoint endpoint = listen(simulation, journal, policy, config, port, users, certificates, exercise);
            LOG.info("OPC UA endpoint {} ({} plants) started in {} ms", endpoint.endpointUrl,
                    simulation.plants().size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return endpoint;
        } catch (OpcUaStartException | RuntimeException e) {
            certificates.close();
            throw e;
        }
    }

    private static OpcUaEndpoint listen(Simulation simulation, TransactionJournal journal, SourcePolicy policy,
                                        OpcUaConfig config, int port, UserStore users,
                                        ServerCertificates certificates, Exercise exercise)
            throws OpcUaStartException {
        AuditLog audit = new AuditLog(config.dataDirectory());
        OpcUaServerConfig serverConfig = OpcUaServerConfig.builder()
                .setApplicationUri(certificates.applicationUri())
                .setApplicationName(LocalizedText.english("ICS Drill plant simulator"))
                .setProductUri("urn:icsdrill")
                .setBuildInfo(new BuildInfo("urn:icsdrill", "ICS Drill", "ICS Drill plant simulator",
                        OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setEndpoints(endpoints(config, port, certificates.certificate()))
                .setCertificateManager(certificates.certificateManager())
                .setIdentityValidator(UserStoreIdentityValidator.anonymousOrUsers(users, audit))
                .setLimits(limits(config.limits()))
                .build();
        // The isolation gate needs the journal, which needs the server's namespace index: it is
        // created after the server, and the transport (built in startup()) picks it up then.
        var gate = new AtomicReference<IsolationGate>();
        var tap = new AtomicReference<NetworkTap>(NetworkTap.NONE);
        OpcUaServer server = new OpcUaServer(serverConfig, profile -> profile == TransportProfile.TCP_UASC_UABINARY
                ? new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder()
                        .setChannelPipelineCustomizer(pipeline -> {
                            // a client's FIN becomes an event the capture sees before the channel closes
                            pipeline.channel().config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
                            pipeline.addFirst("isolation", gate.get());
                            pipeline.addFirst("capture", new CaptureHandler(tap::get, policy));
                        })
                        .build())
                : null);

        var scadaPath = new ScadaPath(simulation, policy);
        var historian = new ScadaHistorian(simulation, scadaPath, ScadaHistorian.DEFAULT_SECONDS);
        var namespace = new PlantNamespace(server, simulation, scadaPath, new TagWriter(policy, scadaPath), historian,
                config.couplings());
        namespace.startup();
        if (exercise != null) {
            new ExerciseNamespace(server, exercise, scadaPath, audit).startup();
        }
        var serviceJournal = new ServiceJournal(simulation, journal, server.getStaticEncodingContext(),
                namespace.getNamespaceIndex().intValue());
        gate.set(new IsolationGate(policy, serviceJournal));
        policy.addListener(gate.get());
        simulation.addListener(scadaPath);
        simulation.addListener(historian); // after the path: it keeps what the path delivered this tick
        Runnable detach = () -> {
            policy.removeListener(gate.get());
            simulation.removeListener(scadaPath);
            simulation.removeListener(historian);
        };
        JournalingServiceSets.install(server, PATH, serviceJournal, policy, audit);

        String where = config.bindAddress() + ":" + port;
        try {
            server.startup().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            server.shutdown();
            detach.run();
            throw new OpcUaStartException("the OPC UA server could not listen on " + where
                    + " (did another program take the port?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdown();
            detach.run();
            throw new OpcUaStartException("interrupted while starting the OPC UA server", e);
        }
        LOG.debug("{} plant tags in namespace {} = {}", namespace.tags().size(), namespace.getNamespaceIndex(),
                PlantAddress.NAMESPACE_URI);
        String url = "opc.tcp://" + config.hostnames().get(0) + ":" + port + PATH;
        return new OpcUaEndpoint(server, port, url, users, certificates, scadaPath, detach, tap);
    }

    private static UserStore awaitUsers(CompletableFuture<UserStore> opening, Path dataDirectory)
            throws OpcUaStartException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            throw new OpcUaStartException("cannot read or create the OPC UA users in " + dataDirectory + ": "
                    + cause.getMessage(), cause);
        }
    }

    /** The TCP port the server listens on. */
    public int port() {
        return port;
    }

    /** The endpoint URL for the first configured host name, e.g. {@code opc.tcp://127.0.0.1:4840/icsdrill}. */
    public String endpointUrl() {
        return endpointUrl;
    }

    /** The default operator's credentials, present only on the run that created the user file. */
    public Optional<Credentials> createdDefaultOperator() {
        return Optional.ofNullable(createdDefaultOperator);
    }

    /** How the SCADA server, which this endpoint stands for, hears from each plant; its host is set here. */
    public ScadaPath scadaPath() {
        return scadaPath;
    }

    /** Tells {@code capture} about every connection opened from now on; {@link NetworkTap#NONE} stops it. */
    public void capture(NetworkTap capture) {
        tap.set(capture);
    }

    /** The users this endpoint authenticates against, e.g. to add an engineer. */
    public UserStore users() {
        return users;
    }

    @Override
    public void close() {
        detach.run();
        try {
            server.shutdown().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the OPC UA server did not shut down cleanly", e);
        } finally {
            certificates.close();
        }
    }

    /**
     * Aes256_Sha256_RsaPss signs with RSA-PSS ("SHA256withRSA/PSS"), which the JDK's own providers do
     * not offer under that name; Bouncy Castle (a Milo dependency already) does.
     */
    static void registerBouncyCastle() {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private static OpcUaServerConfigLimits limits(OpcUaLimits limits) {
        return new OpcUaServerConfigLimits() {
            @Override
            public UInteger getMaxSessions() {
                return UInteger.valueOf(limits.maxSessions());
            }

            @Override
            public UInteger getMaxSubscriptionsPerSession() {
                return UInteger.valueOf(limits.maxSubscriptionsPerSession());
            }

            @Override
            public UInteger getMaxMonitoredItemsPerSession() {
                return UInteger.valueOf(limits.maxMonitoredItemsPerSession());
            }
        };
    }

    /** The policies of the current OPC UA security profiles (IEC 62541-7); the SHA-1 ones are left out. */
    static final List<SecurityPolicy> SECURE_POLICIES = List.of(SecurityPolicy.Basic256Sha256,
            SecurityPolicy.Aes128_Sha256_RsaOaep, SecurityPolicy.Aes256_Sha256_RsaPss);

    private static Set<EndpointConfig> endpoints(OpcUaConfig config, int port, X509Certificate certificate) {
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        for (String host : config.hostnames()) {
            EndpointConfig.Builder base = EndpointConfig.newBuilder()
                    .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                    .setBindAddress(config.bindAddress())
                    .setBindPort(port)
                    .setHostname(host)
                    .setPath(PATH)
                    .setCertificate(certificate)
                    .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS, USERNAME_TOKEN);
            if (config.allowNone()) {
                endpoints.add(base.copy().setSecurityPolicy(SecurityPolicy.None)
                        .setSecurityMode(MessageSecurityMode.None).build());
            }
            for (SecurityPolicy policy : SECURE_POLICIES) {
                endpoints.add(base.copy().setSecurityPolicy(policy).setSecurityMode(MessageSecurityMode.Sign).build());
                endpoints.add(base.copy().setSecurityPolicy(policy)
                        .setSecurityMode(MessageSecurityMode.SignAndEncrypt).build());
            }
        }
        return endpoints;
    }

    private static Path usableDataDirectory(Path directory) throws OpcUaStartException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new OpcUaStartException("the OPC UA data directory " + directory + " cannot be created: " + e, e);
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new OpcUaStartException("the OPC UA data directory " + directory + " is not a writable directory");
        }
        return directory;
    }

    private static InetAddress bindAddress(String address) throws OpcUaStartException {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new OpcUaStartException("unknown OPC UA bind address " + address, e);
        }
    }

    /** Checks that the port is free (or picks a free one for 0) by binding it briefly. */
    private static int reservePort(InetAddress bind, int port) throws OpcUaStartException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bind, port));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new OpcUaStartException("OPC UA port " + port + " on " + bind.getHostAddress()
                    + " is not available (in use, or not allowed): " + e.getMessage(), e);
        }
    }
}
