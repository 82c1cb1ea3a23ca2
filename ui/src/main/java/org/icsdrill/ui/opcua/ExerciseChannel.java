package org.icsdrill.ui.opcua;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ResultCode;

/**
 * Exercise control over the console's connection ({@link ExerciseAddress}): subscribes to the
 * exercise variables, and calls the exercise methods in the logged-in user's session, so the server
 * checks that user's role and records the action against them.
 */
public final class ExerciseChannel {

    /** What every console watches; the timeline with ground truth is watched only by instructors. */
    public static final List<String> PUBLIC_VARIABLES = List.of(ExerciseAddress.STATE, ExerciseAddress.ALARMS,
            ExerciseAddress.TRAFFIC, ExerciseAddress.INJECTS, ExerciseAddress.ACTIONS,
            ExerciseAddress.HOSTS, ExerciseAddress.SITE, ExerciseAddress.HOST_EVENTS);
    /** What only an instructor's session may read: the ground truth and the desk's scenario and attacked tags. */
    public static final List<String> INSTRUCTOR_VARIABLES = List.of(ExerciseAddress.TIMELINE, ExerciseAddress.DESK);

    private final ConsoleConnection connection;
    private final int namespace;
    private Consumer<ExerciseSample> listener = s -> { };
    /** Sessions already watching the timeline: logging in again as the same user adds no subscription. */
    private final Set<OpcUaClient> watchingTimeline = new HashSet<>();

    ExerciseChannel(ConsoleConnection connection, int namespace) {
        this.connection = connection;
        this.namespace = namespace;
    }

    /** Subscribes anonymously to {@link #PUBLIC_VARIABLES}; each new value goes to {@code sink}. */
    public void subscribe(Consumer<ExerciseSample> sink) throws UaException {
        this.listener = Objects.requireNonNull(sink, "sink");
        watch(connection.anonymousClient(), PUBLIC_VARIABLES);
    }

    /**
     * Reads the ground-truth timeline in the logged-in session, and watches it if that works: true
     * for an instructor, false for anyone else (the server refuses them). Blocking: call it on the
     * connection's executor.
     */
    boolean watchTimelineIfAllowed(OpcUaClient session) throws UaException {
        DataValue value = session.readValue(0, TimestampsToReturn.Neither, node(ExerciseAddress.TIMELINE));
        if (value.getStatusCode() == null || !value.getStatusCode().isGood()) {
            return false;
        }
        if (watchingTimeline.add(session)) {
            watch(session, INSTRUCTOR_VARIABLES);
        }
        return true;
    }

    /**
     * Calls an exercise method as the logged-in user, on the connection's thread. The answer is the
     * server's code and arguments, for the caller to say in its language; a call the server refused
     * outright (no session, no role) is {@link ResultCode#CALL_FAILED} with the status's name.
     */
    public CompletableFuture<ExerciseResult> call(String method, Object... inputs) {
        return CompletableFuture.supplyAsync(() -> {
            OpcUaClient session = connection.loggedInClient();
            if (session == null) {
                return ExerciseResult.refused(ResultCode.CALL_FAILED, "Bad_IdentityTokenInvalid");
            }
            try {
                Variant[] values = new Variant[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    values[i] = new Variant(inputs[i]);
                }
                CallMethodResult result = session.call(List.of(new CallMethodRequest(node(ExerciseAddress.FOLDER),
                        node(method), values))).getResults()[0];
                if (!result.getStatusCode().isGood()) {
                    return ExerciseResult.refused(ResultCode.CALL_FAILED, StatusNames.of(result.getStatusCode()));
                }
                return result(result.getOutputArguments());
            } catch (UaException e) {
                return ExerciseResult.refused(ResultCode.CALL_FAILED, StatusNames.of(e.getStatusCode()));
            }
        }, connection.executor());
    }

    /** Accepted, Message, Code, Arguments; a code this console does not know shows the English message. */
    private static ExerciseResult result(Variant[] outputs) {
        boolean accepted = Boolean.TRUE.equals(outputs[0].getValue());
        String message = String.valueOf(outputs[1].getValue());
        ResultCode code = outputs.length > 2 ? ResultCode.ofKey(String.valueOf(outputs[2].getValue())) : ResultCode.OTHER;
        List<String> arguments = code == ResultCode.OTHER || !(outputs[3].getValue() instanceof String[] array)
                ? List.of(message) : List.of(array);
        return new ExerciseResult(accepted, code, arguments);
    }

    private void watch(OpcUaClient client, List<String> variables) throws UaException {
        var subscription = new OpcUaSubscription(client, ConsoleConnection.PUBLISHING_INTERVAL_MS);
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (String variable : variables) {
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node(variable));
            item.setSamplingInterval(ConsoleConnection.PUBLISHING_INTERVAL_MS);
            item.setDataValueListener((i, value) -> {
                Object raw = value.getValue() == null ? null : value.getValue().getValue();
                if (raw instanceof String json) {
                    listener.accept(new ExerciseSample(variable, json));
                }
            });
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        subscription.synchronizeMonitoredItems();
        // the screens keep the last JSON they had; a new subscription brings the variables afresh
        connection.keeper(client).keep(subscription, () -> { });
    }

    private NodeId node(String id) {
        return new NodeId(namespace, id);
    }
}
