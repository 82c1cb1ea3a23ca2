package org.icsdrill.api;

/** The response actions the console offers trainees; expectations name the ones that count. */
public enum ResponseAction {
    /** Block a source address at every endpoint. */
    ISOLATE_HOST,
    /** Block one protocol or port at the plant's endpoints. */
    BLOCK_TRAFFIC,
    /**
     * Close a conduit of the run's site, or one service on it ({@code enterprise-dmz} or
     * {@code enterprise-dmz rdp/3389}, {@link ConduitTarget}): the firewall cuts the open connections it
     * now denies and refuses new ones. A run without a site has no conduits to close.
     */
    CLOSE_CONDUIT,
    /** Open again a conduit, or one service on it, that was closed. */
    REOPEN_CONDUIT,
    /** Cut one host of the site off the network, as an EDR's isolation does ({@code office-pc-1}). */
    QUARANTINE_HOST,
    /** Disable an account wherever it exists on the site ({@code vendor-support}): its logons fail. */
    DISABLE_ACCOUNT,
    /** Reset an account's password ({@code vendor-support}): a stolen one stops working, the owner gets the new one. */
    RESET_CREDENTIAL,
    /** Reload the golden PLC program. */
    RESTORE_PROGRAM,
    /** Write back the engineered parameters and set points. */
    RESTORE_PARAMETERS,
    /** Take a loop to manual and run it by hand. */
    SWITCH_TO_MANUAL,
    /** Trip the plant on purpose to a safe state. */
    EMERGENCY_SHUTDOWN,
    /** Reset the safety system after its trip has cleared. */
    RESET_SAFETY_SYSTEM,
    /** Report to management, the vendor or the CSIRT. */
    ESCALATE
}
