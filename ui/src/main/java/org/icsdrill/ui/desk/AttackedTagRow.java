package org.icsdrill.ui.desk;

/**
 * One attacked tag on the desk: its true value beside the one the trainees are shown, and the time
 * until its true value reaches its HH or LL limit.
 *
 * @param deceived the shown value is not the true one (a replay, a spoofed reading): the cell to look at
 * @param urgent   the limit is passed or less than {@link AttackedTagsViewModel#URGENT_SECONDS} away
 */
public record AttackedTagRow(String tag, String attacks, String trueValue, String shown, String limit,
                             String toLimit, boolean deceived, boolean urgent) {
}
