package org.icsdrill.evidence.record;

import java.util.Locale;
import java.util.Optional;
import org.icsdrill.api.ResponseAction;

/** A trainee's response action ({@code response_action} table); {@code action} as written, e.g. {@code isolate_host}. */
public record ActionTaken(double plantTime, String wallTime, String trainee, String action, String target,
                          String detail) {

    /** The action as the scenario model knows it; empty for a name it does not know. */
    public Optional<ResponseAction> responseAction() {
        try {
            return Optional.of(ResponseAction.valueOf(action.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
