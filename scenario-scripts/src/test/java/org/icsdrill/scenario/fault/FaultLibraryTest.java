package org.icsdrill.scenario.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.scenario.model.FaultKind;
import org.junit.jupiter.api.Test;

class FaultLibraryTest {

    @Test
    void everyFaultKindHasAnImplementation() {
        assertThat(FaultLibrary.factories()).containsOnlyKeys(FaultKind.values());
        assertThat(FaultLibrary.factories().values()).doesNotContainNull().doesNotHaveDuplicates();
    }
}
