package org.icsdrill.core.exercise;

import java.util.Objects;
import java.util.regex.Pattern;
import org.icsdrill.api.DeclaredPlace;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ResultCode;

/**
 * A trainee's incident declaration: where they believe the attack is (a plant, a host of the site, or
 * both: an intruder on the engineering workstation before any plant is touched), the ATT&CK for ICS
 * technique they suspect (empty when unsure), the assets affected and their own words.
 */
public record Declaration(String plant, String host, String technique, String assets, String text) {

    private static final Pattern TECHNIQUE = Pattern.compile("T0\\d{3}");

    public Declaration {
        plant = Objects.requireNonNullElse(plant, "").strip();
        host = Objects.requireNonNullElse(host, "").strip();
        technique = Objects.requireNonNullElse(technique, "").trim();
        assets = Objects.requireNonNullElse(assets, "");
        text = Objects.requireNonNullElse(text, "");
        if (plant.isEmpty() && host.isEmpty()) {
            throw new ExerciseRefusal(ResultCode.DECLARATION_NAMES_NOTHING);
        }
        if (!technique.isEmpty() && !TECHNIQUE.matcher(technique).matches()) {
            throw new ExerciseRefusal(ResultCode.INVALID_TECHNIQUE, technique);
        }
    }

    /** A declaration on a plant, naming no host. */
    public Declaration(String plant, String technique, String assets, String text) {
        this(plant, "", technique, assets, text);
    }

    /** Where, as the timeline and the answer say it: {@code gas}, {@code engineering} or {@code gas, engineering}. */
    public String place() {
        return DeclaredPlace.of(plant, host);
    }

    /** The assets and the words as one line for the timeline: {@code assets: text}, or whichever is given. */
    public String summary() {
        return assets.isBlank() ? text : text.isBlank() ? assets : assets + ": " + text;
    }
}
