package org.icsdrill.evidence.record;

import java.util.Optional;

/** One change of the alarm list ({@code alarm} table): raised, cleared or acknowledged (by {@code user}). */
public record AlarmChange(double plantTime, String plant, String tag, String type, String level, String priority,
                          double value, String message, Optional<String> user) {
}
