package org.icsdrill.plants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlantsTest {

    @Test
    void createsEveryListedPlant() {
        assertThat(Plants.ids()).containsExactly("power", "gas", "building", "chemical");
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
