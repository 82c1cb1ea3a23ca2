package org.icsdrill.core.opcua;

import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.api.TrafficQuery;
import org.icsdrill.core.exercise.TrafficLedger;

/**
 * {@code Exercise.QueryTraffic}: a page of the requests kept for the whole run, as JSON
 * ({@link org.icsdrill.api.TrafficPage}). Open to every session, anonymous ones too, as the Traffic
 * variable is: it only reads what a network monitor may see. Changes nothing, so it is not audited.
 */
final class TrafficQueryMethod extends AbstractMethodInvocationHandler {

    private static final Argument[] INPUTS = {
        ExerciseMethod.text("Host", "source address, empty for every host"),
        ExerciseMethod.text("Kind", "all, writes, unknown_host, refused or dropped"),
        ExerciseMethod.text("Plant", "plant id, empty for every plant"),
        new Argument("FromSeq", NodeIds.Int64, ValueRanks.Scalar, null,
                LocalizedText.english("start after (Newer) or before this request number; 0 for the newest or oldest")),
        new Argument("Newer", NodeIds.Boolean, ValueRanks.Scalar, null,
                LocalizedText.english("true: towards newer requests, oldest first; false: towards older, newest first")),
        ExerciseMethod.integer("Limit", "at most this many requests, 1 to " + TrafficLedger.MAX_PAGE)
    };
    private static final Argument[] OUTPUTS = {
        ExerciseMethod.text("Page", "JSON: items, more, throughSeq")
    };

    private final TrafficLedger ledger;

    TrafficQueryMethod(UaMethodNode node, TrafficLedger ledger) {
        super(node);
        this.ledger = ledger;
    }

    @Override
    public Argument[] getInputArguments() {
        return INPUTS.clone();
    }

    @Override
    public Argument[] getOutputArguments() {
        return OUTPUTS.clone();
    }

    @Override
    protected Variant[] invoke(InvocationContext context, Variant[] in) throws UaException {
        ExerciseMethod.Inputs inputs = new ExerciseMethod.Inputs(in);
        TrafficKind kind;
        try {
            kind = TrafficKind.parse(inputs.text(1));
        } catch (IllegalArgumentException e) {
            throw new UaException(StatusCodes.Bad_InvalidArgument, "unknown kind '" + inputs.text(1) + "'");
        }
        long from = in[3].getValue() instanceof Number n ? n.longValue() : 0;
        boolean newer = Boolean.TRUE.equals(in[4].getValue());
        TrafficQuery query = new TrafficQuery(inputs.text(0), kind, inputs.text(2), from, newer, inputs.integer(5));
        return new Variant[] {new Variant(ExerciseJson.write(ledger.page(query)))};
    }
}
