package org.icsdrill.evidence.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icsdrill.api.IncidentReport;

/**
 * Reads what people did in the drill, each in time order: the trainees' declarations, response
 * actions, inject answers and approved incident reports, and the instructor's notes (none in a record of
 * format 1).
 */
final class TraineeReader {

    private final RecordQuery query;

    TraineeReader(RecordQuery query) {
        this.query = query;
    }

    /** @param format the record's format: a declaration names a site's host from format 6 */
    List<Declaration> declarations(int format) {
        List<Declaration> rows = new ArrayList<>();
        query.each("SELECT plant_time, wall_time, trainee, plant, " + (format >= 6 ? "host" : "''")
                + ", attack_id, technique, text FROM declaration ORDER BY plant_time, id",
                rs -> rows.add(new Declaration(rs.getDouble(1), rs.getString(2), rs.getString(3),
                        Objects.requireNonNullElse(rs.getString(4), ""), Objects.requireNonNullElse(rs.getString(5), ""),
                        Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)), rs.getString(8))));
        return rows;
    }

    List<ActionTaken> actions() {
        List<ActionTaken> rows = new ArrayList<>();
        query.each("SELECT plant_time, wall_time, trainee, action, target, detail FROM response_action"
                + " ORDER BY plant_time, id", rs -> rows.add(new ActionTaken(rs.getDouble(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))));
        return rows;
    }

    List<InjectAnswer> injectAnswers() {
        List<InjectAnswer> rows = new ArrayList<>();
        query.each("SELECT plant_time, wall_time, trainee, inject, question_index, question, answer"
                + " FROM inject_answer ORDER BY plant_time, id", rs -> rows.add(new InjectAnswer(rs.getDouble(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7))));
        return rows;
    }

    /** None before format 7. */
    List<ApprovedReport> incidentReports() {
        List<ApprovedReport> rows = new ArrayList<>();
        if (query.hasTable("incident_report")) {
            query.each("SELECT plant_time, wall_time, trainee, what_happened, impact, determination, tlp,"
                    + " physical_impact, availability_impact, language FROM incident_report ORDER BY plant_time, id",
                    rs -> rows.add(new ApprovedReport(rs.getDouble(1), rs.getString(2), rs.getString(3),
                            IncidentReport.parse(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8), rs.getInt(9)), rs.getString(10))));
        }
        return rows;
    }

    List<InstructorNote> instructorNotes() {
        List<InstructorNote> rows = new ArrayList<>();
        if (query.hasTable("instructor_note")) {
            query.each("SELECT plant_time, wall_time, author, text FROM instructor_note ORDER BY plant_time, id",
                    rs -> rows.add(new InstructorNote(rs.getDouble(1), rs.getString(2), rs.getString(3),
                            rs.getString(4))));
        }
        return rows;
    }
}
