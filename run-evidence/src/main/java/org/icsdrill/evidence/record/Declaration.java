package org.icsdrill.evidence.record;

import java.util.Optional;

/**
 * A trainee's incident declaration ({@code declaration} table): which plant, and, if they say so,
 * which attack of the scenario or which ATT&amp;CK for ICS technique they believe is under way.
 */
public record Declaration(double plantTime, String wallTime, String trainee, String plant,
                          Optional<String> attackId, Optional<String> technique, String text) {
}
