package org.icsdrill.plants.gas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;
import org.junit.jupiter.api.Test;

class GasTagTest {

    @Test
    void declaresAUsableTagSet() {
        TagCatalog catalog = new GasPlant().tags();
        assertThat(catalog.size()).isBetween(20, 40);
        for (int i = 0; i < catalog.size(); i++) {
            TagDef def = catalog.get(i);
            assertThat(def.description()).as(def.name()).isNotBlank();
            assertThat(def.range().contains(def.initialValue())).as(def.name() + " starts in range").isTrue();
            if (def.kind() == TagKind.MEASUREMENT && !def.name().equals("K101.FATIGUE")) {
                assertThat(def.unit().uneceCode()).as(def.name() + " has a physical unit").isNotEqualTo("C62");
            }
        }
    }

    /** Prints the tag table (name, kind, unit, range) for the documentation. */
    @Test
    void printsTheTagTable() {
        TagCatalog catalog = new GasPlant().tags();
        StringBuilder table = new StringBuilder("| tag | kind | unit | range | description |\n|---|---|---|---|---|\n");
        for (int i = 0; i < catalog.size(); i++) {
            TagDef d = catalog.get(i);
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s..%s | %s |%n", d.name(), d.kind(),
                    d.unit().symbol().isEmpty() ? "-" : d.unit().symbol(), fmt(d.range().min()), fmt(d.range().max()),
                    d.description()));
        }
        System.out.print(table);
        assertThat(table).contains("K101.SC101");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
