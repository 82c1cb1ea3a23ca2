package org.icsdrill.api;

/**
 * What the scenario expects of the trainees for one attack: to detect it within {@code withinSeconds}
 * of its start, naming its technique when {@code technique} is true ({@link DetectionRule}).
 */
public record ExpectedDetection(String attack, double withinSeconds, boolean technique) {
}
