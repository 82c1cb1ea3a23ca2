package org.icsdrill.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One declaration per tag: indexes by name, and a name declared twice is refused. */
class TagCatalogTest {

    private static final TagDef TEMPERATURE =
            TagDef.measurement("T1.TT101", "Temperature", EngineeringUnit.CELSIUS, 0, 200).build();
    private static final TagDef SETPOINT =
            TagDef.setpoint("T1.TC101_SP", "Set point", EngineeringUnit.CELSIUS, 0, 150).build();

    @Test
    void findsTagsByNameInDeclarationOrder() {
        TagCatalog catalog = TagCatalog.of(List.of(TEMPERATURE, SETPOINT));

        assertThat(catalog.size()).isEqualTo(2);
        assertThat(catalog.require("T1.TC101_SP")).isEqualTo(1);
        assertThat(catalog.get(0)).isSameAs(TEMPERATURE);
        assertThat(catalog.indexOf("T1.NOPE")).isEmpty();
        assertThatThrownBy(() -> catalog.require("T1.NOPE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> TagCatalog.of(List.of(TEMPERATURE, TEMPERATURE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T1.TT101");
    }
}
