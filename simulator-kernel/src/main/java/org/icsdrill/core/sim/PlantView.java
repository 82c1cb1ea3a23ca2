package org.icsdrill.core.sim;

import java.util.List;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.core.plant.PlantStatus;

/**
 * The published network view of one plant after one tick: what protocol clients read. Immutable,
 * so that a protocol thread reading a multi-register value never sees two ticks at once.
 */
public final class PlantView {

    private final String plant;
    private final long tick;
    private final double plantTimeSeconds;
    private final double[] values;
    private final PlantStatus status;
    private final List<Alarm> alarms;

    public PlantView(String plant, long tick, double plantTimeSeconds, double[] values, PlantStatus status,
                     List<Alarm> alarms) {
        this(plant, tick, plantTimeSeconds, values.clone(), status, alarms, true);
    }

    /** Takes {@code values} without a copy: the runtime hands over an array made for this view alone. */
    private PlantView(String plant, long tick, double plantTimeSeconds, double[] values, PlantStatus status,
                      List<Alarm> alarms, boolean owned) {
        this.plant = plant;
        this.tick = tick;
        this.plantTimeSeconds = plantTimeSeconds;
        this.values = values;
        this.status = status;
        this.alarms = List.copyOf(alarms);
    }

    /** A view of an array nobody else holds (a fresh copy of the PLC memory): every tick of every plant makes one. */
    static PlantView ofOwnArray(String plant, long tick, double plantTimeSeconds, double[] values, PlantStatus status,
                                List<Alarm> alarms) {
        return new PlantView(plant, tick, plantTimeSeconds, values, status, alarms, true);
    }

    public String plant() {
        return plant;
    }

    public long tick() {
        return tick;
    }

    public double plantTimeSeconds() {
        return plantTimeSeconds;
    }

    public double value(int tagIndex) {
        return values[tagIndex];
    }

    public int size() {
        return values.length;
    }

    public double[] values() {
        return values.clone();
    }

    public PlantStatus status() {
        return status;
    }

    public List<Alarm> alarms() {
        return alarms;
    }
}
