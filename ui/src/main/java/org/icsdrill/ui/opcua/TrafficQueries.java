package org.icsdrill.ui.opcua;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.TrafficPage;
import org.icsdrill.api.TrafficQuery;

/**
 * Pages of the requests the server keeps for the whole run ({@link ExerciseAddress#QUERY_TRAFFIC}),
 * asked in the console's anonymous session: the network monitor is for everyone at the console,
 * logged in or not, as the Traffic variable is. Calls run on the connection's thread.
 */
public final class TrafficQueries {

    private final ConsoleConnection connection;

    public TrafficQueries(ConsoleConnection connection) {
        this.connection = connection;
    }

    /**
     * The page {@code query} asks for; completes exceptionally with the server's status (a server
     * without the method answers Bad_MethodInvalid or Bad_NodeIdUnknown).
     */
    public CompletableFuture<TrafficPage> page(TrafficQuery query) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                OpcUaClient client = connection.anonymousClient();
                Number namespace = client.getNamespaceTable().getIndex(ExerciseAddress.NAMESPACE_URI);
                if (namespace == null) {
                    throw new UaException(StatusCodes.Bad_NodeIdUnknown, "no exercise namespace");
                }
                Variant[] inputs = {new Variant(query.host()), new Variant(query.kind().name()),
                    new Variant(query.plant()), new Variant(query.fromSeq()), new Variant(query.newer()),
                    new Variant(query.limit())};
                CallMethodResult result = client.call(List.of(new CallMethodRequest(
                        new NodeId(namespace.intValue(), ExerciseAddress.FOLDER),
                        new NodeId(namespace.intValue(), ExerciseAddress.QUERY_TRAFFIC), inputs))).getResults()[0];
                if (!result.getStatusCode().isGood()) {
                    throw new UaException(result.getStatusCode(), StatusNames.of(result.getStatusCode()));
                }
                return ExerciseJson.trafficPage((String) result.getOutputArguments()[0].getValue());
            } catch (UaException e) {
                throw new CompletionException(e);
            }
        }, connection.executor());
    }
}
