package org.icsdrill.scenario.model;

/** Who an inject card is for; the console shows it on that role's screen. */
public enum Audience {
    OPERATOR,
    ENGINEER,
    MANAGER
}
