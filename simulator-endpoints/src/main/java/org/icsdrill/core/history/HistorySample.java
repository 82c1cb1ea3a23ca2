package org.icsdrill.core.history;

/** One value of a tag's history: its plant time (seconds), value and the SCADA copy's quality then. */
public record HistorySample(double plantTime, double value, Quality quality) {

    /** The quality of the SCADA server's copy at that second (ADR 13). */
    public enum Quality {
        GOOD, STALE, NO_COMMUNICATION
    }
}
