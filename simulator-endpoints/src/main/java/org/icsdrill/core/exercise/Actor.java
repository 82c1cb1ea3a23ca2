package org.icsdrill.core.exercise;

import java.util.Objects;

/**
 * Who did something in the exercise: the user name of the session (a trainee, an instructor) and
 * the address it came from. Actions are recorded against it, so scores can be given per trainee.
 */
public record Actor(String user, String address) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(address, "address");
    }
}
