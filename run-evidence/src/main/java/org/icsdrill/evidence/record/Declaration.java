package org.icsdrill.evidence.record;

import java.util.Optional;
import org.icsdrill.api.DeclaredPlace;

/**
 * A trainee's incident declaration ({@code declaration} table): which plant or site's host (either may be
 * empty, not both), and, if they say so, which attack of the scenario or which ATT&amp;CK for ICS technique
 * they believe is under way.
 */
public record Declaration(double plantTime, String wallTime, String trainee, String plant, String host,
                          Optional<String> attackId, Optional<String> technique, String text) {

    /** Where, as the report says it: {@code gas}, {@code engineering} or {@code gas, engineering}. */
    public String place() {
        return DeclaredPlace.of(plant, host);
    }
}
