package org.icsdrill.core.opcua;

import java.util.Objects;

/**
 * A user name with its clear-text password, handed out once when the password is created so that
 * the CLI can print it. Never stored: the user store keeps only a salted hash.
 */
public record Credentials(String username, String password, Role role) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
    }

    /** Keeps the password out of logs and assertion messages. */
    @Override
    public String toString() {
        return "Credentials[username=" + username + ", role=" + role.key() + ", password=****]";
    }
}
