package org.icsdrill.evidence.record;

import java.util.Optional;

/**
 * A change of a plant's trip latch or damage ({@code plant_status} table); the first row of each plant
 * is its state at the first tick.
 *
 * @param status {@code running}, {@code tripped} or {@code damaged} (damage wins over a trip)
 * @param damage the consequence model's description, once damaged
 */
public record StatusChange(double plantTime, String plant, String status, boolean trip, Optional<String> damage) {
}
