package org.icsdrill.evidence.record;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.icsdrill.core.alarm.AlarmEvent;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.evidence.truth.Historian;

/**
 * Records what the plants do as they run: a {@code plant_status} row whenever a trip latch or the
 * damage changes (checked every tick), the historian's row per plant at each whole plant second, and
 * every change of the alarm list. Only enqueues rows, so the simulation never waits on the disk.
 */
final class PlantRecorder implements TickListener {

    private final List<PlantRuntime> plants;
    private final String[] historianSql;
    private final PlantStatusTracker status;
    private final RecordWriter writer;
    private volatile double lastSecond = -1;
    private volatile boolean stopped;
    /** False when the historian is left to its file (ADR 23): the rows are then not written here. */
    private volatile boolean historian = true;

    private PlantRecorder(List<PlantRuntime> plants, RecordWriter writer) {
        this.plants = plants;
        this.writer = writer;
        this.status = new PlantStatusTracker(plants);
        this.historianSql = new String[plants.size()];
        for (int i = 0; i < plants.size(); i++) {
            historianSql[i] = RecordSchema.historianInsert(plants.get(i).id(), plants.get(i).catalog());
        }
    }

    /** Starts recording every plant of {@code simulation}; attach before the simulation starts. */
    static PlantRecorder attach(Simulation simulation, RecordWriter writer) {
        PlantRecorder recorder = new PlantRecorder(simulation.plants(), writer);
        simulation.addListener(recorder);
        for (PlantRuntime plant : simulation.plants()) {
            plant.onAlarm(recorder::onAlarm);
        }
        return recorder;
    }

    void detach(Simulation simulation) {
        stopped = true; // PlantRuntime has no way to unsubscribe from alarms
        simulation.removeListener(this);
    }

    /** The historian: at whole plant seconds, before the tick, as {@code Historian} samples. */
    @Override
    public void beforeTick(Simulation sim, long tick, double plantTimeSeconds) {
        status.check(plantTimeSeconds, writer::offer);
        if (!sim.isWholeSecond(tick)) {
            return;
        }
        long second = Math.round(plantTimeSeconds);
        for (int p = 0; historian && p < plants.size(); p++) {
            writer.offer(new HistorianRow(historianSql[p], second, Historian.viewAndTrue(plants.get(p))));
        }
        lastSecond = plantTimeSeconds;
    }

    void leaveHistorianToFile() {
        historian = false;
    }

    /** The last plant second the historian sampled (not necessarily committed yet); -1 before the first. */
    double lastSampledSecond() {
        return lastSecond;
    }

    private void onAlarm(AlarmEvent event) {
        if (!stopped) {
            writer.offer(new AlarmRow(event));
        }
    }

    private record HistorianRow(String sql, long second, double[] values) implements RecordWriter.Row {
        @Override
        public void bind(PreparedStatement s) throws SQLException {
            s.setLong(1, second);
            for (int i = 0; i < values.length; i++) {
                RecordWriter.bindReal(s, i + 2, values[i]);
            }
        }
    }

    private record AlarmRow(AlarmEvent e) implements RecordWriter.Row {
        @Override
        public String sql() {
            return "INSERT INTO alarm (plant_time, plant, tag, type, level, priority, value, message, user)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }

        @Override
        public void bind(PreparedStatement s) throws SQLException {
            s.setDouble(1, e.plantTimeSeconds());
            s.setString(2, e.alarm().plant());
            s.setString(3, e.alarm().tag());
            s.setString(4, e.type().name().toLowerCase(Locale.ROOT));
            s.setString(5, e.alarm().level().name().toLowerCase(Locale.ROOT));
            s.setString(6, String.valueOf(e.alarm().priority()).toLowerCase(Locale.ROOT));
            s.setDouble(7, e.alarm().value());
            s.setString(8, e.alarm().message());
            s.setString(9, e.user());
        }
    }
}
