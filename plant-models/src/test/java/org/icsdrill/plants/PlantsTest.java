package org.icsdrill.plants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlantsTest {

    @Test
    void createsEveryListedPlant() {
        assertThat(Plants.ids()).contains("power", "building", "chemical");
        assertThat(Plants.ids().indexOf("building")).isLessThan(Plants.ids().indexOf("chemical"));
        assertThat(Plants.ids().indexOf("power")).isLessThan(Plants.ids().indexOf("chemical"));
        for (String id : Plants.ids()) {
            assertThat(Plants.create(id).id()).isEqualTo(id);
        }
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> Plants.create("nuclear"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nuclear")
                .hasMessageContaining("chemical");
    }
}
