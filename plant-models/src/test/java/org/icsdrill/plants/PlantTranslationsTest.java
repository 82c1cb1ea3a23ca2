package org.icsdrill.plants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagTranslations;
import org.junit.jupiter.api.Test;

/** A console in Japanese shows every plant's name and tag descriptions in Japanese: none falls back to English. */
class PlantTranslationsTest {

    @Test
    void everyTagOfEveryPlantHasItsDescriptionInEveryLanguage() {
        for (String id : Plants.ids()) {
            TagCatalog tags = Plants.create(id).tags();
            for (String language : TagTranslations.LANGUAGES) {
                List<String> missing = tags.all().stream()
                        .filter(t -> !tags.translations().has(t, language))
                        .map(TagDef::name)
                        .toList();
                assertThat(missing).as(id + " tags without a description in " + language).isEmpty();
            }
        }
    }

    @Test
    void everyPlantHasItsNameAndDescriptionInEveryLanguage() {
        for (String id : Plants.ids()) {
            for (String language : TagTranslations.LANGUAGES) {
                assertThat(Plants.create(id).title(language)).as(id + " in " + language)
                        .hasValueSatisfying(t -> assertThat(t.description()).isNotBlank());
            }
        }
        assertThat(Plants.create("chemical").title("fr")).isEmpty();
    }

    @Test
    void aTranslationIsReadAsWritten() {
        TagCatalog chemical = Plants.create("chemical").tags();
        TagDef temperature = chemical.get(chemical.require("R1.TT101"));
        assertThat(chemical.translations().description(temperature, "ja")).isEqualTo("反応器温度");
    }
}
