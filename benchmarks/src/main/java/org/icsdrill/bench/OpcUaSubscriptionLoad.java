package org.icsdrill.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;
import org.icsdrill.plants.Plants;

/**
 * Many HMI-like OPC UA sessions, each with many monitored items at a 100 ms sampling and publishing
 * interval, against a running `icsdrill run` (or {@link BareMiloServer}, the baseline with the same
 * nodes): notification latency (receive time minus the server's sampling timestamp), notification
 * delay as an outside client sees it (receive wall time minus SourceTimestamp, the value's own time)
 * and lost notifications. Items watch noisy measurements, whose value changes
 * at every tick, so each item should be notified at every sampling interval; fewer is a loss.
 * Usage: {@code OpcUaSubscriptionLoad --endpoint opc.tcp://127.0.0.1:4840/icsdrill [--sessions 20]
 * [--items 1000] [--seconds 30]}
 */
public final class OpcUaSubscriptionLoad {

    public static void main(String[] args) throws Exception {
        String endpoint = "opc.tcp://127.0.0.1:4840/icsdrill";
        int sessions = 20;
        int items = 1000;
        int seconds = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--endpoint" -> endpoint = args[++i];
                case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                case "--items" -> items = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<String> noisy = noisyTags();
        int slots = 200_000;
        AtomicLongArray latencyMicros = new AtomicLongArray(slots * 8);
        AtomicLongArray delayMicros = new AtomicLongArray(slots * 8);
        java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        // the server sets the Overflow bit when a monitored item's queue dropped values (IEC 62541-4, 7.34.2)
        java.util.concurrent.atomic.AtomicLong overflows = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger sampled = new java.util.concurrent.atomic.AtomicInteger();
        List<OpcUaClient> clients = new ArrayList<>();
        List<OpcUaSubscription> subscriptions = new ArrayList<>();
        long[] measureFrom = {Long.MAX_VALUE};
        for (int s = 0; s < sessions; s++) {
            OpcUaClient client = OpcUaClient.create(endpoint);
            client.connect();
            clients.add(client);
            int ns = client.getNamespaceTable().getIndex("urn:icsdrill:plants").intValue();
            OpcUaSubscription subscription = new OpcUaSubscription(client, 100.0);
            subscription.create();
            for (int i = 0; i < items; i++) {
                OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(new NodeId(ns, noisy.get(i % noisy.size())));
                item.setSamplingInterval(100.0);
                item.setDataValueListener((mi, value) -> {
                    long now = System.currentTimeMillis();
                    if (System.nanoTime() < measureFrom[0]) {
                        return;
                    }
                    received.incrementAndGet();
                    if (value.getStatusCode() != null && value.getStatusCode().isOverflowSet()) {
                        overflows.incrementAndGet();
                    }
                    if (value.getServerTime() != null && value.getSourceTime() != null) {
                        int slot = sampled.getAndIncrement();
                        if (slot < latencyMicros.length()) {
                            latencyMicros.set(slot, (now - value.getServerTime().getJavaTime()) * 1000);
                            delayMicros.set(slot, (now - value.getSourceTime().getJavaTime()) * 1000);
                        }
                    }
                });
                subscription.addMonitoredItem(item);
            }
            subscription.synchronizeMonitoredItems();
            subscriptions.add(subscription);
        }
        Thread.sleep(5_000); // let every subscription settle before counting
        measureFrom[0] = System.nanoTime();
        Thread.sleep(seconds * 1_000L);
        long count = received.get();
        int n = Math.min(sampled.get(), latencyMicros.length());
        long[] all = sorted(latencyMicros, n);
        long[] delay = sorted(delayMicros, n);
        long expected = (long) sessions * items * seconds * 10;
        System.out.printf(Locale.ROOT, "%d sessions x %d items at 100 ms for %d s: %d notifications (%.0f/s) of"
                        + " %d sampling intervals (%.2f %% fewer: a sample that saw the same tick as the last one is"
                        + " not a change); %d overflows (values dropped by the server); latency p50 %d ms, p99 %d ms,"
                        + " max %d ms; delay (receive - SourceTimestamp) p50 %d ms, p99 %d ms, max %d ms%n",
                sessions, items, seconds, count, count / (double) seconds, expected,
                100.0 * Math.max(0, expected - count) / expected, overflows.get(), all[n / 2] / 1000,
                all[(int) (n * 0.99)] / 1000, all[n - 1] / 1000, delay[n / 2] / 1000, delay[(int) (n * 0.99)] / 1000,
                delay[n - 1] / 1000);
        for (OpcUaClient client : clients) {
            client.disconnect();
        }
        System.exit(0);
    }

    private static long[] sorted(AtomicLongArray values, int n) {
        long[] all = new long[n];
        for (int i = 0; i < n; i++) {
            all[i] = values.get(i);
        }
        Arrays.sort(all);
        return all;
    }

    /** The noisy measurements of every plant, {@code <plant>.<tag>}: values that change at every tick. */
    static List<String> noisyTags() {
        List<String> noisy = new ArrayList<>();
        for (String plant : Plants.ids()) {
            for (TagDef tag : Plants.create(plant).tags().all()) {
                if (tag.kind() == TagKind.MEASUREMENT && tag.noise() > 0) {
                    noisy.add(plant + "." + tag.name());
                }
            }
        }
        return noisy;
    }
}
