package org.icsdrill.scenario.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdrill.scenario.load.LoadResult;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.Test;

class BundledScenariosTest {

    @Test
    void everyBundledScenarioValidatesWithBriefingAndNotes() {
        assertThat(BundledScenarios.names()).hasSizeGreaterThanOrEqualTo(8);
        for (String name : BundledScenarios.names()) {
            LoadResult result = BundledScenarios.load(name).orElseThrow();
            assertThat(result.diagnostics()).as(name).isEmpty();
            Scenario scenario = result.scenario();
            assertThat(scenario.id()).isEqualTo(name);
            assertThat(scenario.briefing()).as(name).isNotBlank();
            assertThat(scenario.instructorNotes()).as(name).isNotBlank();
        }
    }

    @Test
    void theSetCoversEveryPlantABenignRunAndAMultiPlantRun() {
        List<Scenario> all = BundledScenarios.names().stream()
                .map(n -> BundledScenarios.load(n).orElseThrow().scenario()).toList();
        assertThat(all.stream().flatMap(s -> s.plants().stream()).distinct())
                .containsExactlyInAnyOrder("power", "gas", "building", "chemical");
        assertThat(all).anySatisfy(s -> {
            assertThat(s.attacks()).isEmpty();
            assertThat(s.faults()).isNotEmpty();
        });
        assertThat(all).anySatisfy(s -> assertThat(s.plants()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void anUnknownNameIsEmpty() {
        assertThat(BundledScenarios.load("nope")).isEmpty();
    }
}
