package org.icsdrill.api;

import java.util.Objects;

/**
 * One line of the exercise timeline: what happened at a plant time, and who did it. The instructor
 * desk shows the ground truth (attacks, faults) beside what the trainees declared and did.
 *
 * @param user   the user who acted, or {@code scenario} for the script's own steps
 * @param plant  the plant concerned, empty when none
 * @param what   a short label: the attack id, the response action, the technique declared, the plant's
 *               new status ({@code tripped}, {@code damaged}, {@code running})
 * @param detail free text: the target, the inject's text, the trainee's words, what a response did
 * @param target what a response was aimed at, as the trainee gave it (a host, a switch named within
 *               the plant, whom), for the desk to apply {@link ResponseRule}; the site's host a
 *               declaration names; the hosts a stage reached, comma-separated; empty for other kinds
 */
public record TimelineEntry(double plantTime, Kind kind, String user, String plant, String what, String detail,
                            String target) {

    public enum Kind {
        ATTACK_STARTED, ATTACK_STOPPED, FAULT_STARTED, FAULT_STOPPED,
        /** A kill chain's stage happened (what: its id, detail: its technique and the hosts it reached). */
        STAGE_REACHED,
        /** A kill chain's stage was stopped by a response; it is tried again (detail: why). */
        STAGE_BLOCKED,
        INJECT,
        /** A plant's status changed (running, tripped, damaged): what every overview tile shows too. */
        PLANT_STATUS,
        DECLARATION, RESPONSE, ANSWER, ALARM_ACKNOWLEDGED, ALARM_SHELVED,
        /** The trainees approved their incident report for sharing (what: its TLP, detail: its determination). */
        REPORT_APPROVED,
        INSTRUCTOR, NOTE;

        /** The script's hidden truth: only an instructor may see it during the exercise. */
        public boolean isGroundTruth() {
            return this == ATTACK_STARTED || this == ATTACK_STOPPED || this == FAULT_STARTED || this == FAULT_STOPPED
                    || this == STAGE_REACHED || this == STAGE_BLOCKED;
        }

        /**
         * Whether only an instructor may read it during the exercise: the ground truth, the instructor's
         * notes ("the scan on gas not seen yet") and commands (choosing a scenario names it).
         */
        public boolean isInstructorOnly() {
            return isGroundTruth() || this == NOTE || this == INSTRUCTOR;
        }
    }

    public TimelineEntry {
        Objects.requireNonNull(kind, "kind");
        user = Objects.requireNonNullElse(user, "");
        plant = Objects.requireNonNullElse(plant, "");
        what = Objects.requireNonNullElse(what, "");
        detail = Objects.requireNonNullElse(detail, "");
        target = Objects.requireNonNullElse(target, "");
    }

    /** An entry that names no target. */
    public TimelineEntry(double plantTime, Kind kind, String user, String plant, String what, String detail) {
        this(plantTime, kind, user, plant, what, detail, "");
    }
}
