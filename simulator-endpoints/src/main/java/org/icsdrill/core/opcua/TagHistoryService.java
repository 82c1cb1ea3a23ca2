package org.icsdrill.core.opcua;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.encoding.EncodingContext;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;
import org.icsdrill.core.history.HistorySample;
import org.icsdrill.core.history.ScadaHistorian;
import org.icsdrill.core.sim.Simulation;

/**
 * HistoryRead of raw values (IEC 62541-11, 6.4.3: ReadRawModifiedDetails with IsReadModified false)
 * for the plant tags, from the SCADA historian. Times are plant instants, as the tags' SourceTimestamps
 * are. At most {@link #MAX_VALUES} values per node and call, or the client's NumValuesPerNode if fewer;
 * the rest is behind a continuation point, which holds the plant time to go on from (stateless, so
 * nothing is kept for a client that never comes back). Bounding values are not returned.
 */
final class TagHistoryService {

    static final int MAX_VALUES = 10_000;

    private final Simulation simulation;
    private final ScadaHistorian historian;
    private final Map<NodeId, TagBinding> tags;
    private final EncodingContext encoding;

    TagHistoryService(Simulation simulation, ScadaHistorian historian, Map<NodeId, TagBinding> tags,
                      EncodingContext encoding) {
        this.simulation = simulation;
        this.historian = historian;
        this.tags = tags;
        this.encoding = encoding;
    }

    List<HistoryReadResult> read(HistoryReadDetails details, List<HistoryReadValueId> nodes) {
        List<HistoryReadResult> results = new ArrayList<>();
        for (HistoryReadValueId node : nodes) {
            results.add(read(details, node));
        }
        return results;
    }

    private HistoryReadResult read(HistoryReadDetails details, HistoryReadValueId node) {
        if (!(details instanceof ReadRawModifiedDetails raw) || Boolean.TRUE.equals(raw.getIsReadModified())) {
            return failed(StatusCodes.Bad_HistoryOperationUnsupported);
        }
        TagBinding tag = tags.get(node.getNodeId());
        if (tag == null) {
            return failed(StatusCodes.Bad_HistoryOperationUnsupported);
        }
        double from = plantTime(raw.getStartTime(), Double.NEGATIVE_INFINITY);
        double to = plantTime(raw.getEndTime(), Double.POSITIVE_INFINITY);
        if (from > to) {
            return failed(StatusCodes.Bad_HistoryOperationUnsupported); // newest first: not offered
        }
        ByteString continuation = node.getContinuationPoint();
        if (continuation != null && continuation.isNotNull()) {
            from = ByteBuffer.wrap(continuation.bytes()).getDouble();
        }
        long asked = raw.getNumValuesPerNode() == null ? 0 : raw.getNumValuesPerNode().longValue();
        int limit = asked <= 0 || asked > MAX_VALUES ? MAX_VALUES : (int) asked;
        List<HistorySample> samples = historian.read(tag.plant().id(), tag.index(), from, to, limit + 1);
        ByteString next = ByteString.NULL_VALUE;
        if (samples.size() > limit) {
            next = ByteString.of(ByteBuffer.allocate(Double.BYTES).putDouble(samples.get(limit).plantTime()).array());
            samples = samples.subList(0, limit);
        }
        DataValue[] values = samples.stream().map(s -> value(tag, s)).toArray(DataValue[]::new);
        return new HistoryReadResult(StatusCode.GOOD, next, ExtensionObject.encode(encoding, new HistoryData(values)));
    }

    private DataValue value(TagBinding tag, HistorySample sample) {
        DateTime source = new DateTime(simulation.plantInstant(sample.plantTime()));
        return new DataValue(TagValueCodec.encode(tag.def(), sample.value()), TagNodeBuilder.statusOf(sample.quality()), source, null);
    }


    /** A DateTime as plant time; an unset one (MinTime or null) is open-ended. */
    private double plantTime(DateTime time, double unset) {
        if (time == null || time.isNull() || time.getUtcTime() <= DateTime.MIN_VALUE.getUtcTime()) {
            return unset;
        }
        Instant zero = simulation.plantInstant(0);
        return Duration.between(zero, time.getJavaInstant()).toNanos() / 1e9;
    }

    private static HistoryReadResult failed(long status) {
        return new HistoryReadResult(new StatusCode(status), ByteString.NULL_VALUE, null);
    }
}
