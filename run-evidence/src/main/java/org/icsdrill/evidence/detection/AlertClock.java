package org.icsdrill.evidence.detection;

import java.util.Locale;

/**
 * Which clock an alert file's timestamps are on. A sensor watching a live run stamps the wall clock;
 * a tool reading the run's capture or files stamps plant time. {@link #AUTO} tells them apart by which
 * of the run's spans the alerts fall in.
 */
public enum AlertClock {
    AUTO, WALL, PLANT;

    /** {@code auto}, {@code wall} or {@code plant}, as the command line spells it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertClock parse(String text) {
        for (AlertClock clock : values()) {
            if (clock.id().equalsIgnoreCase(text.trim())) {
                return clock;
            }
        }
        throw new IllegalArgumentException("--alert-clock must be auto, wall or plant, got '" + text + "'");
    }
}
