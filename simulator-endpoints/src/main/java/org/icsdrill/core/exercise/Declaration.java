package org.icsdrill.core.exercise;

import java.util.Objects;
import java.util.regex.Pattern;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ResultCode;

/**
 * A trainee's incident declaration: the plant they believe is attacked, the ATT&CK for ICS technique
 * they suspect (empty when unsure), the assets affected and their own words.
 */
public record Declaration(String plant, String technique, String assets, String text) {

    private static final Pattern TECHNIQUE = Pattern.compile("T0\\d{3}");

    public Declaration {
        Objects.requireNonNull(plant, "plant");
        technique = Objects.requireNonNullElse(technique, "").trim();
        assets = Objects.requireNonNullElse(assets, "");
        text = Objects.requireNonNullElse(text, "");
        if (!technique.isEmpty() && !TECHNIQUE.matcher(technique).matches()) {
            throw new ExerciseRefusal(ResultCode.INVALID_TECHNIQUE, technique);
        }
    }

    /** The assets and the words as one line for the timeline: {@code assets: text}, or whichever is given. */
    public String summary() {
        return assets.isBlank() ? text : text.isBlank() ? assets : assets + ": " + text;
    }
}
