package org.icsdrill.evidence.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.Step;

/**
 * What the run is, written once when the record opens, so that a record cut short still says it:
 * {@code meta} (scenario, seed, clock, plants), every tag with its unit, range and alarm limits, and
 * the scenario's expectations.
 */
final class RecordHeader {

    private RecordHeader() {
    }

    /** @param scenario the scenario played, or null for a free run */
    static void write(Connection connection, Simulation simulation, Scenario scenario, String version)
            throws SQLException {
        RecordDatabase.putMeta(connection, meta(simulation, scenario, version));
        writeTags(connection, simulation);
        if (scenario != null) {
            writeExpectations(connection, scenario.expectations());
        }
    }

    private static Map<String, String> meta(Simulation simulation, Scenario scenario, String version) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format_version", Integer.toString(RecordSchema.FORMAT_VERSION));
        meta.put("icsdrill_version", version);
        meta.put("scenario_id", scenario == null ? "" : scenario.id());
        meta.put("scenario_title", scenario == null ? "" : scenario.title());
        meta.put("scenario_description", scenario == null ? "" : scenario.description());
        meta.put("briefing", scenario == null ? "" : scenario.briefing());
        meta.put("instructor_notes", scenario == null ? "" : scenario.instructorNotes());
        meta.put("attribution", scenario == null ? "" : scenario.attribution().toString());
        meta.put("scenario_attacks", scenario == null ? "" : scenarioAttacks(scenario));
        meta.put("duration_seconds", scenario == null ? "" : Long.toString(scenario.duration().toSeconds()));
        Expectations.Limits limits = scenario == null ? Expectations.Limits.NONE : scenario.expectations().limits();
        meta.put("limit_no_damage", Boolean.toString(limits.noDamage()));
        meta.put("limit_no_trip", Boolean.toString(limits.noTrip()));
        meta.put("seed", Long.toString(simulation.config().seed()));
        meta.put("start_time", simulation.plantInstant(0).toString());
        meta.put("tick_seconds", Double.toString(simulation.tickSeconds()));
        meta.put("speed", simulation.config().speed().toString());
        meta.put("plants", String.join(",", simulation.plantIds()));
        meta.put("opened_at", Instant.now().toString());
        return meta;
    }

    /**
     * The attacks the scenario's timeline holds, {@code id:technique} comma-separated in their order: what a
     * kill chain would have done to the plant had it got there (the report names those that never ran).
     */
    private static String scenarioAttacks(Scenario scenario) {
        return String.join(",", scenario.steps().stream().map(Step::action)
                .filter(Action.AttackStart.class::isInstance).map(Action.AttackStart.class::cast)
                .map(a -> a.id() + ":" + a.technique().id()).distinct().toList());
    }

    private static void writeTags(Connection connection, Simulation simulation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO tag VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlantRuntime plant : simulation.plants()) {
                for (TagDef tag : plant.catalog().all()) {
                    insert.setString(1, plant.id());
                    insert.setString(2, tag.name());
                    insert.setString(3, tag.unit().symbol());
                    insert.setString(4, tag.description());
                    insert.setDouble(5, tag.range().min());
                    insert.setDouble(6, tag.range().max());
                    insert.setString(7, tag.access().name().toLowerCase(Locale.ROOT));
                    insert.setInt(8, tag.field() ? 1 : 0);
                    AlarmLimits alarms = tag.alarms();
                    double[] limits = {alarms.highHigh(), alarms.high(), alarms.low(), alarms.lowLow()};
                    for (int i = 0; i < limits.length; i++) {
                        RecordWriter.bindReal(insert, 9 + i, limits[i]);
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The scenario's detect and respond expectations, one row each; the limits are in {@code meta}. */
    private static void writeExpectations(Connection connection, Expectations expectations) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO expectation (type, attack,"
                + " within_seconds, technique, actions) VALUES (?, ?, ?, ?, ?)")) {
            for (Expectations.Detect detect : expectations.detect()) {
                insert.setString(1, "detect");
                insert.setString(2, detect.attack());
                insert.setDouble(3, detect.within().toMillis() / 1000.0);
                insert.setInt(4, detect.technique() ? 1 : 0);
                insert.setNull(5, Types.VARCHAR);
                insert.executeUpdate();
            }
            for (Expectations.Respond respond : expectations.respond()) {
                insert.setString(1, "respond");
                insert.setString(2, respond.attack());
                insert.setDouble(3, respond.within().toMillis() / 1000.0);
                insert.setNull(4, Types.INTEGER);
                insert.setString(5, String.join(",", respond.actions().stream()
                        .map(a -> a.actionName() + ":" + a.target()).toList()));
                insert.executeUpdate();
            }
        }
    }
}
