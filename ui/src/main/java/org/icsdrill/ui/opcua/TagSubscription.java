package org.icsdrill.ui.opcua;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

/**
 * One subscription to every tag at {@link ConsoleConnection#PUBLISHING_INTERVAL_MS}: each
 * notification, on Milo's threads, becomes a {@link TagSample} with the tag's plain Java value.
 */
final class TagSubscription {

    private TagSubscription() {
    }

    static void start(OpcUaClient client, PlantNodes nodes, Collection<TagInfo> tags, Consumer<TagSample> listener)
            throws UaException {
        var subscription = new OpcUaSubscription(client, ConsoleConnection.PUBLISHING_INTERVAL_MS);
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (TagInfo tag : tags) {
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodes.tag(tag));
            item.setSamplingInterval(ConsoleConnection.PUBLISHING_INTERVAL_MS);
            item.setDataValueListener((i, value) -> listener.accept(sample(tag, value)));
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        subscription.synchronizeMonitoredItems();
    }

    /** UInt16 as Integer, other numbers as Double, so views need not know OPC UA's types. */
    static TagSample sample(TagInfo tag, DataValue value) {
        StatusCode status = value.getStatusCode() == null ? StatusCode.GOOD : value.getStatusCode();
        Object raw = BatchedCalls.value(value);
        Object converted = raw instanceof UShort u ? Integer.valueOf(u.intValue())
                : raw instanceof Number n && !(raw instanceof Double) ? Double.valueOf(n.doubleValue()) : raw;
        return new TagSample(tag.id(), converted, StatusNames.of(status), status.isGood(),
                value.getSourceTime() == null ? null : value.getSourceTime().getJavaInstant());
    }
}
