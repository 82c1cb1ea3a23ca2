package org.icsdrill.core.opcua;

import java.util.Locale;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagTranslations;
import org.jspecify.annotations.Nullable;

/**
 * A tag's Description in the language its reader asked for: the first of the session's LocaleIds
 * (given in ActivateSession) that the plant has a text in, else English, as IEC 62541-4, 5.6.3 asks of
 * a server. A Japanese console thus reads Japanese descriptions from the same node an English one reads.
 */
final class LocalizedDescription implements AttributeFilter {

    private final TagDef tag;
    private final TagTranslations translations;

    LocalizedDescription(TagDef tag, TagTranslations translations) {
        this.tag = tag;
        this.translations = translations;
    }

    @Override
    public @Nullable Object getAttribute(AttributeFilterContext ctx, AttributeId attributeId) {
        if (attributeId != AttributeId.Description) {
            return ctx.getAttribute(attributeId);
        }
        String language = ctx.getSession().map(this::languageOf).orElse("en");
        return language.equals("en") ? LocalizedText.english(tag.description())
                : new LocalizedText(language, translations.description(tag, language));
    }

    private String languageOf(Session session) {
        String[] localeIds = session.getLocaleIds();
        if (localeIds != null) {
            for (String id : localeIds) {
                String language = id == null ? "" : Locale.forLanguageTag(id).getLanguage();
                if (language.equals("en") || translations.has(tag, language)) {
                    return language;
                }
            }
        }
        return "en";
    }
}
