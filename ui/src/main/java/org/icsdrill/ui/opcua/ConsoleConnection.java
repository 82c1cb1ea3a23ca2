package org.icsdrill.ui.opcua;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.icsdrill.api.ExerciseAddress;

/**
 * The console's OPC UA client of the simulator: connects anonymously (an HMI watching its SCADA
 * server), browses the plants and reads their mimics into {@link PlantInfo}s, subscribes to every
 * tag, and writes with the operator's user name when one is given. Each of these jobs has a class of its own
 * ({@link ConsoleSessions}, {@link PlantBrowser}, {@link TagSubscription}, {@link TagWrites}); this
 * one holds them together for the console's screens.
 *
 * <p>Why a real client rather than reading the simulation in-process: the console must see what a
 * real HMI sees, so a replayed or suppressed network view (T0832, T0878) fools it too, and its
 * writes go through the same role checks and journal as anyone else's (ADR 3, ADR 8).
 *
 * <p>Blocking calls run on the connection's own thread ({@link #executor()}); subscription values
 * arrive on Milo's threads and go straight to the listener, which must be thread-safe (the
 * console's {@code UpdateBatcher}).
 *
 * <p>A lost connection is survived: Milo reconnects each session by itself, and a
 * {@link SessionKeeper} per session subscribes again where the server forgot (it restarted), marks
 * the tag values stale meanwhile, and tells {@link #onConnectionChange} listeners how it stands.
 * Node ids are strings in fixed namespaces, so a simulator restarted with the same plants needs no
 * new browse.
 */
public final class ConsoleConnection implements AutoCloseable {

    /** Publishing interval: four screen updates a second is what an operator can read. */
    public static final double PUBLISHING_INTERVAL_MS = 250.0;

    /** Where a console speaks from when the simulator runs on this machine (see {@link ConsoleSessions}). */
    public static final String CONSOLE_ADDRESS = ConsoleSessions.CONSOLE_ADDRESS;

    private final ConsoleSessions sessions;
    private final PlantNodes nodes;
    private final List<PlantInfo> plants;
    private final ExecutorService executor = daemonThread("console-opcua");
    /** Subscribing again after a reconnection, apart from writes and calls that may wait for the server. */
    private final ExecutorService resubscriber = daemonThread("console-resubscribe");
    private final Map<OpcUaClient, SessionKeeper> keepers = new ConcurrentHashMap<>();
    private ExerciseChannel exercise;

    private ConsoleConnection(ConsoleSessions sessions, PlantNodes nodes, List<PlantInfo> plants) {
        this.sessions = sessions;
        this.nodes = nodes;
        this.plants = List.copyOf(plants);
    }

    /** {@link #open(String, Locale)} in English. */
    public static ConsoleConnection open(String endpointUrl) throws UaException {
        return open(endpointUrl, Locale.ENGLISH);
    }

    /**
     * Connects anonymously on the None endpoint and browses the plants and their mimics, its sessions
     * asking for texts in {@code locale}'s language first; blocks the calling thread.
     */
    public static ConsoleConnection open(String endpointUrl, Locale locale) throws UaException {
        ConsoleSessions sessions = ConsoleSessions.open(endpointUrl, locale);
        try {
            OpcUaClient client = sessions.anonymous();
            PlantNodes nodes = PlantNodes.of(client, endpointUrl);
            var connection = new ConsoleConnection(sessions, nodes,
                    new PlantBrowser(new BatchedCalls(client), nodes).browse());
            connection.keeper(client); // watching from the start, so that no loss goes unnoticed
            Number exerciseNamespace = client.getNamespaceTable().getIndex(ExerciseAddress.NAMESPACE_URI);
            if (exerciseNamespace != null) {
                connection.exercise = new ExerciseChannel(connection, exerciseNamespace.intValue());
            }
            return connection;
        } catch (UaException | RuntimeException e) {
            sessions.abandon();
            throw e;
        }
    }

    /** The plants in server order, each with its tags in declaration order. */
    public List<PlantInfo> plants() {
        return plants;
    }

    public String endpointUrl() {
        return sessions.endpointUrl();
    }

    /** The connection's own thread, for callers that must not block theirs (the FX thread). */
    public ExecutorService executor() {
        return executor;
    }

    /** Exercise control, if the server offers it (a simulator run; not a bare plant server). */
    public Optional<ExerciseChannel> exercise() {
        return Optional.ofNullable(exercise);
    }

    /**
     * Logs the console in as {@code username}: exercise calls are then made in that session, and an
     * instructor's console also watches the ground-truth timeline. Runs on the connection's thread.
     */
    public CompletableFuture<LoginOutcome> login(String username, String password) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                OpcUaClient session = sessions.logIn(username, password);
                boolean instructor = exercise != null && exercise.watchTimelineIfAllowed(session);
                return new LoginOutcome(true, "Good", username, instructor);
            } catch (UaException e) {
                return new LoginOutcome(false, StatusNames.of(e.getStatusCode()), username, false);
            }
        }, executor);
    }

    /** Tells {@code listener} (on Milo's threads) each time the connection is lost, comes back, is whole again. */
    public void onConnectionChange(Consumer<ConnectionState> listener) {
        keeper(sessions.anonymous()).addListener(listener);
    }

    /** The keeper of {@code client}'s session and subscriptions, made on first use. */
    SessionKeeper keeper(OpcUaClient client) {
        return keepers.computeIfAbsent(client, c -> SessionKeeper.watch(c, resubscriber));
    }

    OpcUaClient anonymousClient() {
        return sessions.anonymous();
    }

    /** The session of the logged-in user, or null before a login. */
    OpcUaClient loggedInClient() {
        return sessions.loggedIn();
    }

    /** Subscribes to every tag of every plant; each notification is passed to {@code listener}. */
    public void subscribe(Consumer<TagSample> listener) throws UaException {
        Objects.requireNonNull(listener, "listener");
        TagSubscription.start(sessions.anonymous(), nodes, plants.stream().flatMap(p -> p.tags().stream()).toList(),
                listener, keeper(sessions.anonymous()));
    }

    /** The tag's history on the server, source times in [from, to), read on the connection's thread. */
    public CompletableFuture<List<TagSample>> history(TagInfo tag, Instant from, Instant to) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return TagHistory.read(sessions.anonymous(), nodes, tag, from, to);
            } catch (UaException e) {
                return List.<TagSample>of(); // no history is no reason to refuse a pen
            }
        }, executor);
    }

    /**
     * Writes {@code value} (Double, Boolean or Integer, converted to the tag's type) on the
     * connection's thread: anonymously when {@code username} is blank, otherwise in a session of
     * that user, opened on first use and kept. A refused login is answered with its status too.
     */
    public CompletableFuture<WriteOutcome> write(TagInfo tag, Object value, String username, String password) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return TagWrites.write(sessions.forWriting(username, password), nodes, tag, value);
            } catch (UaException e) {
                return new WriteOutcome(false, StatusNames.of(e.getStatusCode()));
            }
        }, executor);
    }

    /**
     * Writes {@code value} as the station's logged-in user (the login of the session bar), on the
     * connection's thread; anonymously before a login, so the trainee reads the server's refusal.
     */
    public CompletableFuture<WriteOutcome> write(TagInfo tag, Object value) {
        return CompletableFuture.supplyAsync(() -> {
            OpcUaClient session = sessions.loggedIn();
            return TagWrites.write(session != null ? session : sessions.anonymous(), nodes, tag, value);
        }, executor);
    }

    @Override
    public void close() {
        keepers.values().forEach(SessionKeeper::close);
        executor.shutdownNow();
        resubscriber.shutdownNow();
        sessions.close();
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
