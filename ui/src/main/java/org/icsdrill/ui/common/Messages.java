package org.icsdrill.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;
import org.icsdrill.api.Texts;

/**
 * Every user-facing text of the console, from {@code messages_<lang>.properties} (see {@link Texts}).
 */
public final class Messages {

    public static final String BUNDLE = "org.icsdrill.ui.messages";

    private final Texts texts;

    private Messages(Texts texts) {
        this.texts = texts;
    }

    public static Messages load(Locale locale) {
        return new Messages(Texts.load(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return texts.bundle();
    }

    public Locale locale() {
        return texts.locale();
    }

    /** The text for {@code key} with {@link java.text.MessageFormat} arguments. */
    public String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    /**
     * An OPC UA status as a reader understands it: "no permission (Bad_UserAccessDenied)" for the statuses
     * a console meets ({@code uaStatus.<name>}), its IEC 62541-4 name alone for any other.
     */
    public String status(String name) {
        String key = "uaStatus." + name;
        return bundle().containsKey(key) ? get("uaStatus.named", get(key), name) : name;
    }
}
