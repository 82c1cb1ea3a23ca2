package org.icsdrill.core.opcua;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.server.AbstractLifecycle;
import org.eclipse.milo.opcua.sdk.server.AddressSpace;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;

/**
 * Samples the plant namespace's monitored items when a tick has published new values, instead of on
 * a free-running timer: a value reaches the publish queue right after the tick that produced it, as
 * with a SCADA server's report-by-exception, rather than up to one sampling interval later at a
 * random phase. Each item is still sampled no faster than its sampling interval (IEC 62541-4,
 * 5.12.1.2), less half of it (at most 50 ms) so that tick jitter does not skip a tick. While
 * no tick comes (a pause), a heartbeat samples at the items' intervals, so status changes still
 * reach the clients. Reads run on the server's executor, never on the simulation thread.
 */
final class TickSampling extends AbstractLifecycle implements ItemSampling, TickListener {

    private static final long HEARTBEAT_MILLIS = 50;
    /** At --speed max ticks come every few microseconds: one pass per this much wall time is plenty. */
    private static final long MIN_PASS_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final OpcUaServer server;
    private final AddressSpace addressSpace;
    private final Simulation simulation;
    private final Set<DataItem> items = ConcurrentHashMap.newKeySet();
    /** System.nanoTime() of each item's last sample; executor tasks only, one at a time. */
    private final Map<DataItem, Long> lastSampled = new ConcurrentHashMap<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long lastTickNanos = System.nanoTime();
    private volatile long lastPassNanos;
    private volatile ScheduledFuture<?> heartbeat;

    TickSampling(OpcUaServer server, AddressSpace addressSpace, Simulation simulation) {
        this.server = server;
        this.addressSpace = addressSpace;
        this.simulation = simulation;
    }

    @Override
    protected void onStartup() {
        simulation.addListener(this);
        heartbeat = server.getScheduledExecutorService().scheduleAtFixedRate(this::whenIdle, HEARTBEAT_MILLIS,
                HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onShutdown() {
        simulation.removeListener(this);
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
        items.clear();
        lastSampled.clear();
    }

    @Override
    public void afterTick(Simulation sim, long tick, double plantTimeSeconds) {
        lastTickNanos = System.nanoTime();
        request();
    }

    private void whenIdle() {
        if (System.nanoTime() - lastTickNanos > TimeUnit.MILLISECONDS.toNanos(2 * HEARTBEAT_MILLIS)) {
            request();
        }
    }

    /** One sampling pass queued at a time: at --speed max ticks come far faster than passes. */
    private void request() {
        if (items.isEmpty() || System.nanoTime() - lastPassNanos < MIN_PASS_NANOS) {
            return; // a later tick or the heartbeat asks again
        }
        if (queued.compareAndSet(false, true)) {
            server.getExecutorService().execute(() -> {
                queued.set(false);
                sampleDue();
            });
        }
    }

    private void sampleDue() {
        long now = System.nanoTime();
        lastPassNanos = now;
        Map<Session, List<DataItem>> bySession = new LinkedHashMap<>();
        for (DataItem item : items) {
            if (item.isSamplingEnabled() && isDue(item, now)) {
                bySession.computeIfAbsent(item.getSession(), s -> new ArrayList<>()).add(item);
            }
        }
        bySession.forEach((session, due) -> {
            due.forEach(item -> lastSampled.put(item, now));
            // one task per session, so that several cores share a pass over many clients
            server.getExecutorService().execute(() -> sample(session, due));
        });
    }

    private void sample(Session session, List<DataItem> due) {
        List<ReadValueId> ids = due.stream().map(MonitoredItem::getReadValueId).toList();
        List<DataValue> values = addressSpace.read(new AddressSpace.ReadContext(server, session), 0d,
                TimestampsToReturn.Both, ids);
        for (int i = 0; i < due.size() && i < values.size(); i++) {
            due.get(i).setValue(withRequestedTimestamps(due.get(i), values.get(i)));
        }
    }

    private boolean isDue(DataItem item, long now) {
        Long last = lastSampled.get(item);
        if (last == null) {
            return true;
        }
        double intervalMillis = item.getSamplingInterval();
        double slackMillis = Math.min(intervalMillis / 2, 50);
        return now - last >= (long) ((intervalMillis - slackMillis) * 1e6);
    }

    private static DataValue withRequestedTimestamps(DataItem item, DataValue value) {
        TimestampsToReturn timestamps = item.getTimestampsToReturn();
        if (timestamps == null) {
            return value;
        }
        return AttributeId.Value.isEqual(item.getReadValueId().getAttributeId())
                ? DataValue.derivedValue(value, timestamps) : DataValue.derivedNonValue(value, timestamps);
    }

    @Override
    public void onDataItemsCreated(List<DataItem> created) {
        items.addAll(created);
        request();
    }

    @Override
    public void onDataItemsModified(List<DataItem> modified) {
        modified.forEach(lastSampled::remove); // sampled again at the new interval from the next tick
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> deleted) {
        deleted.forEach(item -> {
            items.remove(item);
            lastSampled.remove(item);
        });
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> changed) {
        request();
    }
}
