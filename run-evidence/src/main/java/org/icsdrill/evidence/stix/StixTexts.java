package org.icsdrill.evidence.stix;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The free text a bundle's objects carry, in the language of the run ({@code stix_en}, {@code stix_ja}). */
final class StixTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    private StixTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.icsdrill.evidence.stix.stix", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Japanese for {@code ja}, English otherwise. */
    static StixTexts of(String lang) {
        return new StixTexts("ja".equals(lang) ? Locale.JAPANESE : Locale.ENGLISH);
    }

    /** {@code ja} or {@code en}: the {@code lang} of the objects these texts go into. */
    String lang() {
        return locale.getLanguage();
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
