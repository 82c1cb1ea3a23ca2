package org.icsdrill.evidence.record;

import java.time.Instant;
import java.util.Locale;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.scenario.exercise.TraineeLog;

/**
 * Records what people do in the drill, as the console tells it: the trainees' declarations, response
 * actions, inject answers and approved incident reports, and the instructor's notes, each at its plant
 * time and the wall time it was written.
 */
final class TraineeRecorder implements TraineeLog {

    private final RecordWriter writer;

    TraineeRecorder(RecordWriter writer) {
        this.writer = writer;
    }

    @Override
    public void declare(double plantTimeSeconds, String trainee, String plant, String host, String attackId,
                        String technique, String text) {
        offer("INSERT INTO declaration (plant_time, wall_time, trainee, plant, host, attack_id,"
                + " technique, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", plantTimeSeconds, trainee, plant, host,
                attackId, technique, text);
    }

    @Override
    public void action(double plantTimeSeconds, String trainee, ResponseAction action, String target, String detail) {
        offer("INSERT INTO response_action (plant_time, wall_time, trainee, action, target,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?)", plantTimeSeconds, trainee, actionName(action), target,
                detail);
    }

    @Override
    public void injectAnswer(double plantTimeSeconds, String trainee, String injectId, int questionIndex,
                             String question, String answer) {
        offer("INSERT INTO inject_answer (plant_time, wall_time, trainee, inject,"
                + " question_index, question, answer) VALUES (?, ?, ?, ?, ?, ?, ?)", plantTimeSeconds, trainee,
                injectId, questionIndex, question, answer);
    }

    @Override
    public void note(double plantTimeSeconds, String author, String text) {
        offer("INSERT INTO instructor_note (plant_time, wall_time, author, text)"
                + " VALUES (?, ?, ?, ?)", plantTimeSeconds, author, text);
    }

    @Override
    public void incidentReport(double plantTimeSeconds, String trainee, IncidentReport report, String language) {
        offer("INSERT INTO incident_report (plant_time, wall_time, trainee, what_happened, impact, determination,"
                + " tlp, physical_impact, availability_impact, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plantTimeSeconds, trainee, report.whatHappened(), report.impact(), report.determination().id(),
                report.tlp().level(), report.physicalImpact().id(), report.availabilityImpact(), language);
    }

    /** A response action as the record writes it: {@code isolate_host}, as in scenario files. */
    private static String actionName(ResponseAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    /** A row of plant time, wall time now, then the given values. */
    private void offer(String sql, double plantTimeSeconds, Object... values) {
        Object[] all = new Object[values.length + 2];
        all[0] = plantTimeSeconds;
        all[1] = Instant.now().toString();
        System.arraycopy(values, 0, all, 2, values.length);
        writer.offer(new RecordWriter.Insert(sql, all));
    }
}
