package org.icsdrill.api;

/** Where a host of the site stands, as the zone map colours it and its event log records a change. */
public enum HostState {
    /** Working as it should, as far as anyone knows. */
    CLEAN,
    /** An attacker runs code or holds a session on it (set by a scenario's attack). */
    COMPROMISED,
    /** Cut off the network by a response: it opens no connection and accepts none. */
    QUARANTINED
}
