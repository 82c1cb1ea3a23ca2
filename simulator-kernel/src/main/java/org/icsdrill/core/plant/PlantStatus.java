package org.icsdrill.core.plant;

/** What an operator sees on the overview tile; a trip is a safe state, damage is not. */
public enum PlantStatus {
    RUNNING,
    TRIPPED,
    DAMAGED
}
