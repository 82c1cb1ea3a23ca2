package org.icsdrill.core.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A plant's tag descriptions in the console's other languages, kept beside the enum that declares the
 * tags as {@code <Enum>_<language>.properties} (UTF-8, one {@code <tag name>=<description>} per tag),
 * the usual Java form for translators. English stays in the declaration itself.
 */
public final class TagTranslations {

    /** The languages the console speaks besides English. */
    public static final List<String> LANGUAGES = List.of("ja");

    private static final TagTranslations NONE = new TagTranslations(Map.of());

    private final Map<String, Map<String, String>> byLanguage;

    private TagTranslations(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    public static TagTranslations none() {
        return NONE;
    }

    /**
     * Reads the files beside {@code keys} for each of {@link #LANGUAGES}; a missing file means no
     * translation, a key that names no tag is an error (a renamed tag must not leave its text behind).
     */
    static TagTranslations beside(Class<?> keys, Set<String> tagNames) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String language : LANGUAGES) {
            String file = nameInPackage(keys) + "_" + language + ".properties";
            try (InputStream in = keys.getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> descriptions = new HashMap<>();
                for (String name : texts.stringPropertyNames()) {
                    if (!tagNames.contains(name)) {
                        throw new IllegalStateException(file + ": no tag named " + name + " in " + keys.getName());
                    }
                    descriptions.put(name, texts.getProperty(name).strip());
                }
                byLanguage.put(language, descriptions);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return byLanguage.isEmpty() ? NONE : new TagTranslations(byLanguage);
    }

    /** {@code ChemicalTag}, or {@code TestPlant$Tag} for an enum nested in a class. */
    private static String nameInPackage(Class<?> keys) {
        return keys.getName().substring(keys.getPackageName().isEmpty() ? 0 : keys.getPackageName().length() + 1);
    }

    /** The description of {@code tag} in {@code language}, or its English one where there is none. */
    public String description(TagDef tag, String language) {
        Map<String, String> descriptions = byLanguage.get(language);
        String translated = descriptions == null ? null : descriptions.get(tag.name());
        return translated == null || translated.isEmpty() ? tag.description() : translated;
    }

    /** Whether {@code tag} has its own text in {@code language} (not the English fallback). */
    public boolean has(TagDef tag, String language) {
        Map<String, String> descriptions = byLanguage.get(language);
        return descriptions != null && descriptions.containsKey(tag.name()) && !descriptions.get(tag.name()).isEmpty();
    }
}
