package org.icsdrill.ui.opcua;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

/**
 * Reads a tag's raw history from the server (IEC 62541-11 ReadRaw), following continuation points.
 * A server without history for the tag answers a bad status: that is no history, not an error.
 */
final class TagHistory {

    /** Pages at most this long, and no more pages than make a trend's widest window at one a second. */
    private static final int PAGE = 2_000;
    private static final int MAX_PAGES = 8;

    private TagHistory() {
    }

    static List<TagSample> read(OpcUaClient client, PlantNodes nodes, TagInfo tag, Instant from, Instant to)
            throws UaException {
        var details = new ReadRawModifiedDetails(false, new DateTime(from), new DateTime(to), UInteger.valueOf(PAGE),
                false);
        List<TagSample> samples = new ArrayList<>();
        ByteString continuation = ByteString.NULL_VALUE;
        for (int page = 0; page < MAX_PAGES; page++) {
            HistoryReadResult result = client.historyRead(details, TimestampsToReturn.Source, false,
                    List.of(new HistoryReadValueId(nodes.tag(tag), null, QualifiedName.NULL_VALUE, continuation)))
                    .getResults()[0];
            if (!result.getStatusCode().isGood() || result.getHistoryData() == null) {
                break;
            }
            HistoryData data = (HistoryData) result.getHistoryData().decode(client.getStaticEncodingContext());
            for (DataValue value : data.getDataValues() == null ? new DataValue[0] : data.getDataValues()) {
                samples.add(TagSubscription.sample(tag, value));
            }
            continuation = result.getContinuationPoint();
            if (continuation == null || continuation.isNull()) {
                break;
            }
        }
        return samples;
    }
}
