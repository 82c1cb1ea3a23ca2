package org.icsdrill.core.net;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.PlantView;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;

/**
 * What the SCADA server hears from each plant. The OPC UA endpoint (and through it the console, the
 * alarm list and any third-party HMI) stands for the SCADA server, so it serves a plant's values as
 * they arrive over the plant's SCADA path from the SCADA host's address: when reporting to that host
 * is blocked (T0804) the values freeze at the last view delivered; when the plant's link is lost or
 * the SCADA host is isolated, the server has no communication with the device. Registered as a
 * {@link TickListener}, so the freeze happens at the exact tick the path closed, whatever the speed.
 */
public final class ScadaPath implements TickListener {

    /** The SCADA server's address when the run names none: the SCADA poller's. */
    public static final String DEFAULT_SCADA_HOST = "127.0.0.10";

    /** The state of one plant's path to the SCADA server. */
    public enum Link {
        /** Values arrive every tick. */
        LIVE,
        /** Nothing arrives but the connection stands: the last values stay, frozen (Stuxnet, Industroyer). */
        STALE,
        /** No communication with the device: a lost link, or the SCADA host cut off. */
        FAILED
    }

    /**
     * The newest view the SCADA server has of a plant, how its path stands now, and how much plant time
     * has passed since that view (0 while live).
     */
    public record Report(PlantView view, Link link, double ageSeconds) {
        public Report {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(link, "link");
        }

        /** Frozen for longer than a SCADA server waits before it calls a value stale. */
        public boolean stale() {
            return link == Link.STALE && ageSeconds > STALE_AFTER_SECONDS;
        }

        /** How far the SCADA server's copy can be trusted now: what its live values and history say. */
        public Quality quality() {
            if (link == Link.FAILED) {
                return Quality.NO_COMMUNICATION;
            }
            return stale() ? Quality.STALE : Quality.GOOD;
        }
    }

    /** The quality of the SCADA server's copy of a plant's values (IEC 62541-4, 7.34 maps it to a status). */
    public enum Quality {
        GOOD, STALE, NO_COMMUNICATION
    }

    /** How long a SCADA server goes without fresh data before it marks the values stale: its poll time-out. */
    public static final double STALE_AFTER_SECONDS = 5;

    private final SourcePolicy policy;
    private final Map<String, PlantRuntime> plants = new ConcurrentHashMap<>();
    private final Map<String, PlantView> delivered = new ConcurrentHashMap<>();
    private volatile String scadaHost = DEFAULT_SCADA_HOST;

    public ScadaPath(Simulation simulation, SourcePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        for (PlantRuntime plant : simulation.plants()) {
            plants.put(plant.id(), plant);
            delivered.put(plant.id(), plant.view());
        }
    }

    /** The address the SCADA server polls from; a scenario's hosts may name another. */
    public void setScadaHost(String host) {
        this.scadaHost = Objects.requireNonNull(host, "host");
    }

    public String scadaHost() {
        return scadaHost;
    }

    @Override
    public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
        for (PlantRuntime plant : plants.values()) {
            if (link(plant.id()) == Link.LIVE) {
                delivered.put(plant.id(), plant.view());
            }
        }
    }

    /** How the path of {@code plant} stands now. */
    public Link link(String plant) {
        String host = scadaHost;
        if (policy.isLinkDown(plant) || policy.isIsolated(host)) {
            return Link.FAILED;
        }
        return policy.reportsBlocked(host) ? Link.STALE : Link.LIVE;
    }

    /** What the SCADA server has of {@code plant}: the live view, or the last one delivered. */
    public Report report(String plant) {
        Link link = link(plant);
        PlantRuntime runtime = plants.get(plant);
        if (runtime == null) {
            throw new IllegalArgumentException("no plant '" + plant + "' on this SCADA path");
        }
        PlantView now = runtime.view();
        PlantView served = link == Link.LIVE ? now : delivered.get(plant);
        return new Report(served, link, now.plantTimeSeconds() - served.plantTimeSeconds());
    }
}
