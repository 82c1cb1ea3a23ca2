package org.icsdrill.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts from {@code <bundle>_<lang>.properties} (UTF-8), for the console and the
 * after-action report. English is the fallback for a language without its own file, so a missing
 * translation never shows a key.
 */
public final class Texts {

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts load(String bundleName, Locale locale) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return new Texts(ResourceBundle.getBundle(bundleName, locale, control));
        } catch (MissingResourceException e) {
            return new Texts(ResourceBundle.getBundle(bundleName, Locale.ENGLISH, control));
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments when there are any. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
