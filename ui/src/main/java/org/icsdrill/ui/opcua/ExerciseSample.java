package org.icsdrill.ui.opcua;

/**
 * The newest JSON of one exercise variable ({@code Exercise.State}, {@code Exercise.Alarms}...), as
 * the server published it; read it with {@link org.icsdrill.api.ExerciseJson}.
 */
public record ExerciseSample(String variable, String json) {
}
