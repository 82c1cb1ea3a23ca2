package org.icsdrill.core.opcua;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagTranslations;
import org.jspecify.annotations.Nullable;

/**
 * A node's Description in the language its reader asked for: the first of the session's LocaleIds
 * (given in ActivateSession) that there is a text in, else English, as IEC 62541-4, 5.6.3 asks of a
 * server. A Japanese console thus reads Japanese from the same node an English one reads.
 */
final class LocalizedDescription implements AttributeFilter {

    private final String english;
    private final Function<String, Optional<String>> translated;

    private LocalizedDescription(String english, Function<String, Optional<String>> translated) {
        this.english = english;
        this.translated = translated;
    }

    static LocalizedDescription of(TagDef tag, TagTranslations translations) {
        return new LocalizedDescription(tag.description(), language -> translations.has(tag, language)
                ? Optional.of(translations.description(tag, language)) : Optional.empty());
    }

    /** A plant folder's "name: description", as the console's overview splits it. */
    static LocalizedDescription of(PlantModel plant) {
        return new LocalizedDescription(plantText(plant.displayName(), plant.description()),
                language -> plant.title(language).map(t -> plantText(t.name(), t.description())));
    }

    static String plantText(String name, String description) {
        return name + ": " + description;
    }

    @Override
    public @Nullable Object getAttribute(AttributeFilterContext ctx, AttributeId attributeId) {
        if (attributeId != AttributeId.Description) {
            return ctx.getAttribute(attributeId);
        }
        return ctx.getSession().flatMap(this::inSessionLanguage).orElse(LocalizedText.english(english));
    }

    private Optional<LocalizedText> inSessionLanguage(Session session) {
        String[] localeIds = session.getLocaleIds();
        if (localeIds == null) {
            return Optional.empty();
        }
        for (String id : localeIds) {
            String language = id == null ? "" : Locale.forLanguageTag(id).getLanguage();
            if (language.equals("en")) {
                return Optional.empty();
            }
            Optional<String> text = translated.apply(language);
            if (text.isPresent()) {
                return Optional.of(new LocalizedText(language, text.get()));
            }
        }
        return Optional.empty();
    }
}
