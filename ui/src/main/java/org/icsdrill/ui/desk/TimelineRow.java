package org.icsdrill.ui.desk;

/** One line of the desk's two lists: plant time, the ground truth and the trainees' side (either may be empty). */
public record TimelineRow(String time, String truth, String trainee) {
}
