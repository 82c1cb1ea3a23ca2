package org.icsdrill.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text of the console, from {@code messages_<lang>.properties} (UTF-8). English is
 * the fallback for a language without its own file, so a missing translation never shows a key.
 */
public final class Messages {

    public static final String BUNDLE = "org.icsdrill.ui.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return new Messages(ResourceBundle.getBundle(BUNDLE, locale, control));
        } catch (MissingResourceException e) {
            return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, control));
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key} with {@link MessageFormat} arguments. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
