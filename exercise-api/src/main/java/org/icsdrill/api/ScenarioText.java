package org.icsdrill.api;

/**
 * A scenario's own words in one language: its title, the trainees' briefing and the instructor's
 * notes. An empty field was not translated: the scenario's original words stand for it.
 */
public record ScenarioText(String title, String briefing, String instructorNotes) {

    public ScenarioText {
        title = title == null ? "" : title;
        briefing = briefing == null ? "" : briefing;
        instructorNotes = instructorNotes == null ? "" : instructorNotes;
    }
}
