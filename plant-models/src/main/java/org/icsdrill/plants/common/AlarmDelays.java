package org.icsdrill.plants.common;

/**
 * Alarm delays the plants' tag declarations share (ANSI/ISA-18.2-2016, 10.4; EEMUA 191): an alarm whose
 * condition comes and goes with the process (surge cycles, shrink and swell, an analyser at its limit) clears
 * only after it has been normal this long, so it raises at most twice in any minute, below ISA-18.2's
 * chattering threshold of three.
 */
public final class AlarmDelays {

    /** Off-delay of a cycling alarm, plant seconds. */
    public static final double OFF_SECONDS = 30;

    private AlarmDelays() {
    }
}
