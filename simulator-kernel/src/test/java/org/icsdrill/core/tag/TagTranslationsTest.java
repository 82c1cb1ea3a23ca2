package org.icsdrill.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Translated descriptions read from beside the enum that declares the tags. */
class TagTranslationsTest {

    enum Translated implements TagKey {
        LEVEL(TagDef.measurement("T1.LT101", "Tank level", EngineeringUnit.PERCENT, 0, 100).build()),
        PUMP(TagDef.state("T1.P101", "Pump running").build());

        private final TagDef def;

        Translated(TagDef def) {
            this.def = def;
        }

        @Override
        public TagDef def() {
            return def;
        }
    }

    /** Its file names a tag the enum does not declare. */
    enum Stale implements TagKey {
        LEVEL(TagDef.measurement("T1.LT101", "Tank level", EngineeringUnit.PERCENT, 0, 100).build());

        private final TagDef def;

        Stale(TagDef def) {
            this.def = def;
        }

        @Override
        public TagDef def() {
            return def;
        }
    }

    @Test
    void aTranslatedTagIsReadInItsLanguage() {
        TagCatalog catalog = TagCatalog.fromEnum(Translated.class);
        TagDef level = Translated.LEVEL.def();

        assertThat(catalog.translations().description(level, "ja")).isEqualTo("タンク液位");
        assertThat(catalog.translations().has(level, "ja")).isTrue();
        assertThat(catalog.translations().description(level, "en")).isEqualTo("Tank level");
    }

    @Test
    void englishWhereATagHasNoTranslation() {
        TagCatalog catalog = TagCatalog.fromEnum(Translated.class);
        TagDef pump = Translated.PUMP.def();

        assertThat(catalog.translations().has(pump, "ja")).isFalse();
        assertThat(catalog.translations().description(pump, "ja")).isEqualTo("Pump running");
    }

    @Test
    void aFileThatNamesNoTagIsAnError() {
        assertThatThrownBy(() -> TagCatalog.fromEnum(Stale.class))
                .hasMessage("TagTranslationsTest$Stale_ja.properties: no tag named T1.LT102 in "
                        + Stale.class.getName());
    }

    @Test
    void noFileNoTranslations() {
        TagCatalog catalog = TagCatalog.of(java.util.List.of(Translated.LEVEL.def()));
        assertThat(catalog.translations().description(Translated.LEVEL.def(), "ja")).isEqualTo("Tank level");
    }
}
