package org.icsdrill.core.opcua;

import java.util.List;
import org.eclipse.milo.opcua.sdk.server.Lifecycle;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;

/** How a namespace's monitored items get their samples: Milo's timers, or the plant's ticks. */
interface ItemSampling extends Lifecycle {

    void onDataItemsCreated(List<DataItem> items);

    void onDataItemsModified(List<DataItem> items);

    void onDataItemsDeleted(List<DataItem> items);

    void onMonitoringModeChanged(List<MonitoredItem> items);
}
