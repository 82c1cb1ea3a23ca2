package org.icsdrill.core.opcua;

import java.util.List;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.icsdrill.core.sim.Simulation;

/**
 * A namespace whose values are computed on read (attribute filters) and whose subscriptions are
 * served by sampling those reads: at each item's interval on Milo's timers ({@link SubscriptionModel}),
 * or when a tick has published new values ({@link TickSampling}).
 */
abstract class SampledNamespace extends ManagedNamespaceWithLifecycle {

    private final ItemSampling subscriptions;

    /** Sampled on Milo's timers: for values that change on events, not on ticks. */
    SampledNamespace(OpcUaServer server, String namespaceUri) {
        super(server, namespaceUri);
        this.subscriptions = new TimerSampling(new SubscriptionModel(server, this));
        getLifecycleManager().addLifecycle(subscriptions);
    }

    /** Sampled after each tick of {@code simulation}: for values the ticks produce. */
    SampledNamespace(OpcUaServer server, String namespaceUri, Simulation simulation) {
        super(server, namespaceUri);
        this.subscriptions = new TickSampling(server, this, simulation);
        getLifecycleManager().addLifecycle(subscriptions);
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptions.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptions.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptions.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptions.onMonitoringModeChanged(monitoredItems);
    }

    /** Milo's own timer-driven sampling behind the {@link ItemSampling} seam. */
    private record TimerSampling(SubscriptionModel model) implements ItemSampling {
        @Override
        public void startup() {
            model.startup();
        }

        @Override
        public void shutdown() {
            model.shutdown();
        }

        @Override
        public void onDataItemsCreated(List<DataItem> items) {
            model.onDataItemsCreated(items);
        }

        @Override
        public void onDataItemsModified(List<DataItem> items) {
            model.onDataItemsModified(items);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> items) {
            model.onDataItemsDeleted(items);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> items) {
            model.onMonitoringModeChanged(items);
        }
    }
}
