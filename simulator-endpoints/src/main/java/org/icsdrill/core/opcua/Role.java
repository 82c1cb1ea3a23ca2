package org.icsdrill.core.opcua;

import java.util.Locale;
import org.icsdrill.core.tag.Access;

/**
 * What an authenticated OPC UA user may change. Anonymous sessions have no role and may only read,
 * the way a plant's HMI accounts separate viewing from operating and from engineering.
 */
public enum Role {
    /** Watches: a logged-in account that may read, as anonymous sessions may (an observer, an auditor). */
    VIEWER,
    /** Runs the plant: set points, modes, manual outputs, commands. */
    OPERATOR,
    /** Also tunes it: gains, trip limits and other parameters. */
    ENGINEER,
    /** Runs the exercise; on the plant an instructor has an engineer's rights. */
    INSTRUCTOR;

    /** Whether this role may write a tag declared with {@code access}. */
    public boolean mayWrite(Access access) {
        return switch (access) {
            case READ_ONLY -> false;
            case OPERATOR -> this != VIEWER;
            case ENGINEER -> this == ENGINEER || this == INSTRUCTOR;
        };
    }

    /** Whether this role has at least the rights of {@code other} (viewer < operator < engineer < instructor). */
    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** The lowercase name used in {@code users.properties}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key().equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + key + "', expected viewer, operator, engineer or instructor");
    }
}
