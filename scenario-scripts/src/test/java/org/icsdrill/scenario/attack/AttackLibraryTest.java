package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.scenario.model.AttackKind;
import org.junit.jupiter.api.Test;

class AttackLibraryTest {

    @Test
    void everyAttackKindHasAnImplementation() {
        assertThat(AttackLibrary.factories()).containsOnlyKeys(AttackKind.values());
        assertThat(AttackLibrary.factories().values()).doesNotContainNull().doesNotHaveDuplicates();
    }
}
