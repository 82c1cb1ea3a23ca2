package org.icsdrill.evidence.record;

import org.icsdrill.api.IncidentReport;

/**
 * An incident report the trainees approved for sharing ({@code incident_report} table, format 7): who approved
 * it and when, what it says, and the language of its words ({@code ja}, {@code en}).
 */
public record ApprovedReport(double plantTime, String wallTime, String trainee, IncidentReport report,
                             String language) {
}
