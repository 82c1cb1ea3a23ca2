package org.icsdrill.evidence.report;

import java.util.List;
import java.util.Locale;
import org.icsdrill.api.Texts;

/**
 * The report's texts from {@code report_<lang>.properties} (see {@link Texts}).
 */
public final class ReportTexts {

    public static final String BUNDLE = "org.icsdrill.evidence.report.report";
    /** The languages the report has texts for. */
    public static final List<String> LANGUAGES = List.of("en", "ja");

    private final Texts texts;

    private ReportTexts(Texts texts) {
        this.texts = texts;
    }

    public static ReportTexts load(Locale locale) {
        return new ReportTexts(Texts.load(BUNDLE, locale));
    }

    public Locale locale() {
        return texts.locale();
    }

    /** The text for {@code key}, with {@link java.text.MessageFormat} arguments when there are any. */
    public String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    /** {@code yes} or {@code no} in the report's language. */
    public String yesNo(boolean value) {
        return get(value ? "value.yes" : "value.no");
    }
}
