package org.icsdrill.evidence.stix;

import java.util.Locale;

/** Which view of the incident a bundle gives. */
public enum StixView {
    /** What the trainees declared, observed, did and approved: what a plant would really share. */
    TRAINEES,
    /** The instructor's answer key, from the ground truth: for comparison and for vendors' data sets. */
    TRUTH;

    /** {@code trainees}, {@code truth}: as the command line writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
