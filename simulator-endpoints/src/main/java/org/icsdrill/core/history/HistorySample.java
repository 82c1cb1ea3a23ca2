package org.icsdrill.core.history;

import org.icsdrill.core.net.ScadaPath;

/** One value of a tag's history: its plant time (seconds), value and the SCADA copy's quality then. */
public record HistorySample(double plantTime, double value, ScadaPath.Quality quality) {
}
