package org.icsdrill.core.signal;

/**
 * Changes the network view, what protocol clients read, after the PLC and before publishing: the
 * layer of Manipulation of View (T0832, record-and-replay) and alarm suppression (T0878). The true
 * process and the PLC are not affected.
 */
@FunctionalInterface
public interface ViewFilter {

    /**
     * @param view      values about to be published; change in place
     * @param plcValues the PLC's own values this tick, unfiltered (read only)
     */
    void apply(double[] view, double[] plcValues, double plantTimeSeconds);
}
