package org.icsdrill.evidence.record;

/** A note the instructor wrote during the exercise ({@code instructor_note} table). */
public record InstructorNote(double plantTime, String wallTime, String author, String text) {
}
