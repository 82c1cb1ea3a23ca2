package org.icsdrill.scenario.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's texts from {@code report_<lang>.properties} (UTF-8). English is the fallback for a
 * language without its own file, so a missing translation never shows a key.
 */
public final class ReportTexts {

    public static final String BUNDLE = "org.icsdrill.scenario.report.report";
    /** The languages the report has texts for. */
    public static final List<String> LANGUAGES = List.of("en", "ja");

    private final ResourceBundle bundle;

    private ReportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ReportTexts load(Locale locale) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return new ReportTexts(ResourceBundle.getBundle(BUNDLE, locale, control));
        } catch (MissingResourceException e) {
            return new ReportTexts(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, control));
        }
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments when there are any. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** {@code yes} or {@code no} in the report's language. */
    public String yesNo(boolean value) {
        return get(value ? "value.yes" : "value.no");
    }
}
