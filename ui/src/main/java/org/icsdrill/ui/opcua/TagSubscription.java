package org.icsdrill.ui.opcua;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>It remembers the newest sample of each tag, so that when the connection is lost every value
 * shown is marked stale at once (ISA-101: an HMI must not show values it no longer receives as live),
 * and shown as it was again when the same subscription survives the reconnection.
 */
final class TagSubscription {

    /** The status a value gets while the console has lost its server (IEC 62541-4, 7.34). */
    static final String NO_COMMUNICATION = "Uncertain_NoCommunicationLastUsableValue";

    private final Consumer<TagSample> listener;
    /** Newest sample per tag; the lock also keeps a replay from overtaking a newer notification. */
    private final Map<String, TagSample> newest = new LinkedHashMap<>();

    private TagSubscription(Consumer<TagSample> listener) {
        this.listener = listener;
    }

    static TagSubscription start(OpcUaClient client, PlantNodes nodes, Collection<TagInfo> tags,
                                 Consumer<TagSample> listener, SessionKeeper keeper) throws UaException {
        TagSubscription tagSubscription = new TagSubscription(listener);
        var subscription = new OpcUaSubscription(client, ConsoleConnection.PUBLISHING_INTERVAL_MS);
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (TagInfo tag : tags) {
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodes.tag(tag));
            item.setSamplingInterval(ConsoleConnection.PUBLISHING_INTERVAL_MS);
            item.setDataValueListener((i, value) -> tagSubscription.deliver(sample(tag, value)));
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        subscription.synchronizeMonitoredItems();
        keeper.keep(subscription, tagSubscription::replay);
        keeper.onLost(tagSubscription::markStale);
        return tagSubscription;
    }

    private synchronized void deliver(TagSample sample) {
        newest.put(sample.tagId(), sample);
        listener.accept(sample);
    }

    /** Every value received so far again, marked as the last usable one; failed ones stay failed. */
    synchronized void markStale() {
        for (TagSample sample : newest.values()) {
            listener.accept(sample.quality() == TagSample.Quality.FAILED ? sample : new TagSample(sample.tagId(),
                    sample.value(), NO_COMMUNICATION, false, sample.sourceTime()));
        }
    }

    /** Every value again as the server last sent it: the subscription survived, so they still hold. */
    synchronized void replay() {
        newest.values().forEach(listener);
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
