package org.icsdrill.core.mimic;

import java.util.Locale;
import java.util.Objects;

/**
 * A text on a mimic (a caption, a lamp's meaning) in the languages the console speaks, carried by
 * the plant that declares it so that a console needs no message key per plant.
 *
 * @param en English, always given
 * @param ja Japanese, or null where the plant has none
 */
public record MimicText(String en, String ja) {

    public MimicText {
        Objects.requireNonNull(en, "en");
    }

    public static MimicText of(String en, String ja) {
        return new MimicText(en, ja);
    }

    /** The text in {@code locale}'s language; English for any other language, or where it has no Japanese. */
    public String in(Locale locale) {
        return ja != null && "ja".equals(locale.getLanguage()) ? ja : en;
    }
}
