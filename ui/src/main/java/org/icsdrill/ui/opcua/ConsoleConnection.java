package org.icsdrill.ui.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.ui.opcua.NormalRange;

/**
 * The console's OPC UA client of the simulator: connects anonymously (an HMI watching its SCADA
 * server), browses {@code Objects/Plants/<plant>/<unit>/<tag>} into {@link PlantInfo}s, subscribes to
 * every tag, and writes with the operator's user name when one is given.
 *
 * <p>Why a real client rather than reading the simulation in-process: the console must see what a
 * real HMI sees, so a replayed or suppressed network view (T0832, T0878) fools it too, and its
 * writes go through the same role checks and journal as anyone else's (ADR 3, ADR 8).
 *
 * <p>Blocking calls run on the connection's own thread ({@link #executor()}); subscription values
 * arrive on Milo's threads and go straight to the listener, which must be thread-safe (the
 * console's {@code UpdateBatcher}).
 */
public final class ConsoleConnection implements AutoCloseable {

    /** Publishing interval: four screen updates a second is what an operator can read. */
    public static final double PUBLISHING_INTERVAL_MS = 250.0;

    private static final String NAMESPACE_URI = PlantAddress.NAMESPACE_URI;
    /** The tag properties read at start-up: AnalogItem's (IEC 62541-8, 5.3.2) and the alarm limits (ADR 3). */
    private static final Set<String> PROPERTIES = Set.of("EURange", "EngineeringUnits", "InstrumentRange",
            PlantAddress.HIGH_HIGH_LIMIT, PlantAddress.HIGH_LIMIT, PlantAddress.LOW_LIMIT, PlantAddress.LOW_LOW_LIMIT,
            PlantAddress.ALARM_STATE);

    private final String endpointUrl;
    private final OpcUaClient client;
    private final int namespace;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "console-opcua");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, OpcUaClient> userClients = new HashMap<>();
    private final Map<String, TagInfo> tags = new HashMap<>();
    private List<PlantInfo> plants = List.of();
    private OpcUaSubscription subscription;
    private ExerciseChannel exercise;
    private volatile OpcUaClient loggedIn;

    private ConsoleConnection(String endpointUrl, OpcUaClient client) throws UaException {
        this.endpointUrl = endpointUrl;
        this.client = client;
        Number index = client.getNamespaceTable().getIndex(NAMESPACE_URI);
        if (index == null) {
            throw new UaException(StatusCode.BAD.getValue(), endpointUrl + " has no namespace " + NAMESPACE_URI);
        }
        this.namespace = index.intValue();
    }

    /** Connects anonymously on the None endpoint and browses the plants; blocks the calling thread. */
    public static ConsoleConnection open(String endpointUrl) throws UaException {
        OpcUaClient client = newClient(endpointUrl, null, null);
        try {
            ConsoleConnection connection = new ConsoleConnection(endpointUrl, client);
            connection.plants = connection.browsePlants();
            connection.plants.forEach(p -> p.tags().forEach(t -> connection.tags.put(t.id(), t)));
            Number exerciseNamespace = client.getNamespaceTable().getIndex(ExerciseAddress.NAMESPACE_URI);
            if (exerciseNamespace != null) {
                connection.exercise = new ExerciseChannel(connection, exerciseNamespace.intValue());
            }
            return connection;
        } catch (UaException | RuntimeException e) {
            client.disconnectAsync();
            throw e;
        }
    }

    /** The plants in server order, each with its tags in declaration order. */
    public List<PlantInfo> plants() {
        return plants;
    }

    public String endpointUrl() {
        return endpointUrl;
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
                OpcUaClient session = userClient(username, password == null ? "" : password);
                loggedIn = session;
                boolean instructor = exercise != null && exercise.watchTimelineIfAllowed(session);
                return new LoginOutcome(true, "Good", username, instructor);
            } catch (UaException e) {
                return new LoginOutcome(false, StatusNames.of(e.getStatusCode()), username, false);
            }
        }, executor);
    }

    OpcUaClient anonymousClient() {
        return client;
    }

    /** The session of the logged-in user, or null before a login. */
    OpcUaClient loggedInClient() {
        return loggedIn;
    }

    /** Subscribes to every tag of every plant; each notification is passed to {@code listener}. */
    public void subscribe(Consumer<TagSample> listener) throws UaException {
        Objects.requireNonNull(listener, "listener");
        subscription = new OpcUaSubscription(client, PUBLISHING_INTERVAL_MS);
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (TagInfo tag : tags.values()) {
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node(tag));
            item.setSamplingInterval(PUBLISHING_INTERVAL_MS);
            item.setDataValueListener((i, value) -> listener.accept(sample(tag, value)));
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        subscription.synchronizeMonitoredItems();
    }

    /**
     * Writes {@code value} (Double, Boolean or Integer, converted to the tag's type) on the
     * connection's thread: anonymously when {@code username} is blank, otherwise in a session of
     * that user, opened on first use and kept. A refused login is answered with its status too.
     */
    public CompletableFuture<WriteOutcome> write(TagInfo tag, Object value, String username, String password) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                OpcUaClient session = username == null || username.isBlank() ? client
                        : userClient(username, password == null ? "" : password);
                StatusCode status = session.writeValues(List.of(node(tag)),
                        List.of(DataValue.valueOnly(new Variant(convert(tag, value))))).get(0);
                return new WriteOutcome(status.isGood(), StatusNames.of(status));
            } catch (UaException e) {
                return new WriteOutcome(false, StatusNames.of(e.getStatusCode()));
            } catch (IllegalArgumentException e) {
                return new WriteOutcome(false, "Bad_TypeMismatch");
            }
        }, executor);
    }

    private OpcUaClient userClient(String username, String password) throws UaException {
        String key = username + '\0' + password;
        OpcUaClient existing = userClients.get(key);
        if (existing != null) {
            return existing;
        }
        OpcUaClient created = newClient(endpointUrl, username, password);
        userClients.put(key, created);
        return created;
    }

    private static Object convert(TagInfo tag, Object value) {
        double number = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
        return switch (tag.type()) {
            case REAL -> number;
            case BOOL -> number != 0;
            case UINT16 -> {
                if (number < 0 || number > 65535 || number != Math.rint(number)) {
                    throw new IllegalArgumentException("not a UInt16: " + number);
                }
                yield UShort.valueOf((int) number);
            }
        };
    }

    private NodeId node(TagInfo tag) {
        return new NodeId(namespace, tag.id());
    }

    private static TagSample sample(TagInfo tag, DataValue value) {
        StatusCode status = value.getStatusCode() == null ? StatusCode.GOOD : value.getStatusCode();
        Object raw = value.getValue() == null ? null : value.getValue().getValue();
        Object converted = raw instanceof UShort u ? Integer.valueOf(u.intValue())
                : raw instanceof Number n && !(raw instanceof Double) ? Double.valueOf(n.doubleValue()) : raw;
        return new TagSample(tag.id(), converted, StatusNames.of(status), status.isGood(),
                value.getSourceTime() == null ? null : value.getSourceTime().getJavaInstant());
    }

    // --- browsing: a handful of batched calls per run, not one per tag ---

    private List<PlantInfo> browsePlants() throws UaException {
        NodeId plantsFolder = children(List.of(NodeIds.ObjectsFolder)).get(0).stream()
                .filter(r -> "Plants".equals(r.getBrowseName().name()))
                .findFirst().flatMap(r -> r.getNodeId().toNodeId(client.getNamespaceTable()))
                .orElseThrow(() -> new UaException(StatusCode.BAD.getValue(), "no Objects/Plants folder"));
        List<ReferenceDescription> plantRefs = objects(children(List.of(plantsFolder)).get(0));
        List<NodeId> plantNodes = nodeIds(plantRefs);
        List<String> plantDescriptions = texts(plantNodes, AttributeId.Description);
        List<List<ReferenceDescription>> unitsPerPlant = children(plantNodes);

        List<PlantInfo> result = new ArrayList<>();
        for (int p = 0; p < plantRefs.size(); p++) {
            String plantId = plantRefs.get(p).getBrowseName().name();
            List<NodeId> unitNodes = nodeIds(objects(unitsPerPlant.get(p)));
            List<ReferenceDescription> variables = new ArrayList<>();
            for (List<ReferenceDescription> unitChildren : children(unitNodes)) {
                unitChildren.stream().filter(r -> r.getNodeClass() == NodeClass.Variable).forEach(variables::add);
            }
            result.add(new PlantInfo(plantId, plantDescriptions.get(p), describe(plantId, variables)));
        }
        return result;
    }

    private List<TagInfo> describe(String plantId, List<ReferenceDescription> variables) throws UaException {
        List<NodeId> nodes = nodeIds(variables);
        if (nodes.isEmpty()) {
            return List.of();
        }
        List<ReadValueId> reads = new ArrayList<>();
        for (NodeId node : nodes) {
            reads.add(read(node, AttributeId.Description));
            reads.add(read(node, AttributeId.DataType));
            reads.add(read(node, AttributeId.AccessLevel));
        }
        DataValue[] attributes = client.read(0, TimestampsToReturn.Neither, reads).getResults();

        // AnalogItem properties (IEC 62541-8, 5.3.2): EURange, EngineeringUnits, InstrumentRange
        List<List<ReferenceDescription>> properties = browse(nodes, NodeIds.HasProperty);
        List<ReadValueId> propertyReads = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (ReferenceDescription property : properties.get(i)) {
                String name = property.getBrowseName().name();
                if (PROPERTIES.contains(name)) {
                    property.getNodeId().toNodeId(client.getNamespaceTable())
                            .ifPresent(id -> propertyReads.add(read(id, AttributeId.Value)));
                }
            }
        }
        DataValue[] propertyValues = propertyReads.isEmpty() ? new DataValue[0]
                : client.read(0, TimestampsToReturn.Neither, propertyReads).getResults();
        Map<NodeId, Map<String, Object>> byNode = new HashMap<>();
        int k = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (ReferenceDescription property : properties.get(i)) {
                String name = property.getBrowseName().name();
                if (PROPERTIES.contains(name)
                        && property.getNodeId().toNodeId(client.getNamespaceTable()).isPresent()) {
                    Object decoded = decode(propertyValues[k++]);
                    if (decoded != null) {
                        byNode.computeIfAbsent(nodes.get(i), n -> new HashMap<>()).put(name, decoded);
                    }
                }
            }
        }

        List<TagInfo> tags = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeId node = nodes.get(i);
            String id = String.valueOf(node.getIdentifier());
            String name = id.startsWith(plantId + ".") ? id.substring(plantId.length() + 1) : id;
            Object description = attributes[3 * i].getValue().getValue();
            Object dataType = attributes[3 * i + 1].getValue().getValue();
            Object accessLevel = attributes[3 * i + 2].getValue().getValue();
            TagType type = NodeIds.Boolean.equals(dataType) ? TagType.BOOL
                    : NodeIds.UInt16.equals(dataType) ? TagType.UINT16 : TagType.REAL;
            boolean writable = accessLevel instanceof UByte level
                    && AccessLevel.fromValue(level).contains(AccessLevel.CurrentWrite);
            Map<String, Object> props = byNode.getOrDefault(node, Map.of());
            Range range = props.get("EURange") instanceof Range r ? r : null;
            String unit = props.get("EngineeringUnits") instanceof EUInformation eu && eu.getDisplayName() != null
                    ? eu.getDisplayName().text() : "";
            tags.add(new TagInfo(id, plantId, name,
                    description instanceof LocalizedText text ? text.text() : "",
                    type, unit == null ? "" : unit,
                    range == null ? Double.NaN : range.getLow(), range == null ? Double.NaN : range.getHigh(),
                    props.containsKey("InstrumentRange"), writable, normalRange(props)));
        }
        return tags;
    }

    /** The band between the low and high alarm limits (L else LL, H else HH), or the alarm state of an on/off tag. */
    private static NormalRange normalRange(Map<String, Object> props) {
        if (props.get(PlantAddress.ALARM_STATE) instanceof Number state) {
            return new NormalRange(Double.NaN, Double.NaN, state.doubleValue());
        }
        double low = limit(props, PlantAddress.LOW_LIMIT, PlantAddress.LOW_LOW_LIMIT);
        double high = limit(props, PlantAddress.HIGH_LIMIT, PlantAddress.HIGH_HIGH_LIMIT);
        return Double.isNaN(low) && Double.isNaN(high) ? NormalRange.NONE : NormalRange.between(low, high);
    }

    private static double limit(Map<String, Object> props, String first, String otherwise) {
        Object value = props.containsKey(first) ? props.get(first) : props.get(otherwise);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private Object decode(DataValue value) {
        Object raw = value.getValue() == null ? null : value.getValue().getValue();
        if (raw instanceof ExtensionObject xo) {
            return xo.decode(client.getStaticEncodingContext());
        }
        return raw;
    }

    private static ReadValueId read(NodeId node, AttributeId attribute) {
        return new ReadValueId(node, attribute.uid(), null, null);
    }

    private List<String> texts(List<NodeId> nodes, AttributeId attribute) throws UaException {
        if (nodes.isEmpty()) {
            return List.of();
        }
        DataValue[] values = client.read(0, TimestampsToReturn.Neither,
                nodes.stream().map(n -> read(n, attribute)).toList()).getResults();
        List<String> result = new ArrayList<>();
        for (DataValue value : values) {
            Object raw = value.getValue() == null ? null : value.getValue().getValue();
            result.add(raw instanceof LocalizedText text && text.text() != null ? text.text() : "");
        }
        return result;
    }

    private List<List<ReferenceDescription>> children(List<NodeId> parents) throws UaException {
        return browse(parents, NodeIds.HierarchicalReferences);
    }

    private List<List<ReferenceDescription>> browse(List<NodeId> parents, NodeId referenceType) throws UaException {
        if (parents.isEmpty()) {
            return List.of();
        }
        List<BrowseDescription> descriptions = parents.stream()
                .map(p -> new BrowseDescription(p, BrowseDirection.Forward, referenceType, true, uint(0),
                        uint(BrowseResultMask.All.getValue())))
                .toList();
        List<List<ReferenceDescription>> result = new ArrayList<>();
        for (BrowseResult browsed : client.browse(descriptions)) {
            ReferenceDescription[] references = browsed.getReferences();
            result.add(references == null ? List.of() : List.of(references));
        }
        return result;
    }

    private static List<ReferenceDescription> objects(List<ReferenceDescription> references) {
        return references.stream().filter(r -> r.getNodeClass() == NodeClass.Object).toList();
    }

    private List<NodeId> nodeIds(List<ReferenceDescription> references) {
        return references.stream()
                .map(r -> r.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow())
                .toList();
    }

    /**
     * Where a console speaks from when the simulator runs on this machine: the operator console's own
     * address on the plant network, a known host, so that its writes are not flagged as an unknown
     * source the way a tool on 127.0.0.1 (mbpoll, a script) is.
     */
    public static final String CONSOLE_ADDRESS = "127.0.0.30";

    private static OpcUaClient newClient(String endpointUrl, String username, String password) throws UaException {
        Optional<InetSocketAddress> local = consoleAddress(endpointUrl);
        OpcUaClient created = OpcUaClient.create(endpointUrl,
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())
                                && e.getSecurityMode() == MessageSecurityMode.None)
                        .findFirst(),
                transport -> local.ifPresent(address -> transport.setBootstrapCustomizer(b -> b.localAddress(address))),
                builder -> {
                    builder.setApplicationName(LocalizedText.english("ICS Drill console"))
                            .setApplicationUri("urn:icsdrill:console");
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
            InetAddress server = InetAddress.getByName(java.net.URI.create(endpointUrl).getHost());
            return server instanceof Inet4Address && server.isLoopbackAddress()
                    ? Optional.of(new InetSocketAddress(InetAddress.getByName(CONSOLE_ADDRESS), 0))
                    : Optional.empty();
        } catch (UnknownHostException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty(); // the connect that follows reports the bad URL in its own words
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        for (OpcUaClient user : userClients.values()) {
            try {
                user.disconnect();
            } catch (UaException e) {
                // closing: nothing left to tell the operator
            }
        }
        try {
            client.disconnect();
        } catch (UaException e) {
            // closing
        }
    }
}
