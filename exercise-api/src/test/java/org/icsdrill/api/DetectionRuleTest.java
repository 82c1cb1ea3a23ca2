package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The one rule of detection that the desk and the report share (docs/scoring.md). */
class DetectionRuleTest {

    private static final DetectionRule.Attack RECON = new DetectionRule.Attack("recon", List.of("gas", "chemical"),
            "T0846", 120, OptionalDouble.of(180));
    private static final DetectionRule.Attack REPLAY = new DetectionRule.Attack("replay", List.of("gas"), "T0832",
            600, OptionalDouble.empty());

    @Test
    void aDeclarationConcernsAnAttackFromItsStartUntilTenMinutesAfterItsEnd() {
        assertThat(DetectionRule.concerns(claim(119, "gas", ""), RECON)).as("before").isFalse();
        assertThat(DetectionRule.concerns(claim(120, "gas", ""), RECON)).isTrue();
        assertThat(DetectionRule.concerns(claim(780, "Chemical ", ""), RECON)).as("case and spaces").isTrue();
        assertThat(DetectionRule.concerns(claim(780.5, "gas", ""), RECON)).as("window closed").isFalse();
        assertThat(DetectionRule.concerns(claim(5000, "gas", ""), REPLAY)).as("still running").isTrue();
        assertThat(DetectionRule.concerns(claim(130, "power", ""), RECON)).as("another plant").isFalse();
    }

    @Test
    void namingAnAttackIdConcernsThatAttackOnly() {
        var named = new DetectionRule.Claim(700, "gas", "replay", "");

        assertThat(DetectionRule.concerns(named, REPLAY)).isTrue();
        assertThat(DetectionRule.concerns(new DetectionRule.Claim(150, "gas", "replay", ""), RECON)).isFalse();
    }

    @Test
    void theTechniqueCountsOnlyWhenTheExpectationAsksForIt() {
        var plantOnly = claim(700, "gas", "");
        var withTechnique = claim(800, "gas", " t0832");

        assertThat(DetectionRule.detects(plantOnly, REPLAY, false)).isTrue();
        assertThat(DetectionRule.detects(plantOnly, REPLAY, true)).isFalse();
        assertThat(DetectionRule.firstDetecting(List.of(withTechnique, plantOnly), c -> c, REPLAY, true))
                .contains(withTechnique);
        assertThat(DetectionRule.firstDetecting(List.of(withTechnique, plantOnly), c -> c, REPLAY, false))
                .as("the first in time").contains(plantOnly);
    }

    private static DetectionRule.Claim claim(double time, String plant, String technique) {
        return new DetectionRule.Claim(time, plant, "", technique);
    }
}
