package org.icsdrill.api;

import java.util.List;
import java.util.Objects;

/**
 * What the scenario expects of the trainees for one attack: to respond within {@code withinSeconds}
 * of its start with one of {@code actions}, each aimed at its target ({@link ResponseRule}; any action
 * when the list is empty).
 */
public record ExpectedResponse(String attack, double withinSeconds, List<ResponseRule.Expected> actions) {

    public ExpectedResponse {
        Objects.requireNonNull(attack, "attack");
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
    }
}
