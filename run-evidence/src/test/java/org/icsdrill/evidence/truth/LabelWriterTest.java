package org.icsdrill.evidence.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.icsdrill.api.Techniques;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** labels.csv in the HAI / SWaT layout: a row per second, 1 while an attack runs, per plant, with its techniques. */
class LabelWriterTest {

    @TempDir
    Path dir;

    private static RunningEffect attack(String id, AttackKind kind, String... plants) {
        return new RunningEffect(id, new Action.AttackStart(id, kind, Parameters.NONE, Optional.empty()), null, 0,
                Double.NaN, List.of(plants));
    }

    private static RunningEffect fault(String id, String plant) {
        return new RunningEffect(id, new Action.Fault(id, FaultKind.SENSOR_DRIFT, Parameters.NONE, Optional.empty()),
                null, 0, Double.NaN, List.of(plant));
    }

    @Test
    void theHeaderNamesAColumnPerPlantBetweenAttackAndTechnique() {
        assertThat(LabelWriter.header(List.of("chemical", "gas")))
                .isEqualTo("timestamp,attack,chemical_attack,gas_attack,technique,step,stage");
        assertThat(LabelWriter.header(List.of())).isEqualTo("timestamp,attack,technique,step,stage");
    }

    /** A kill chain's stage is a moment: named in the row of the second it was reached, setting no flag. */
    @Test
    void aStageIsNamedInTheRowOfItsSecondAndSetsNoFlag() throws Exception {
        Simulation simulation = HistorianTest.boxes("chemical");
        Path file = dir.resolve("stages.csv");
        Action.Stage vpn = new Action.Stage("vpn", Techniques.require("T0822"), "supplier-laptop", Optional.empty(),
                List.of(), Duration.ofMinutes(1));
        try (LabelWriter labels = new LabelWriter(simulation, file)) {
            labels.onSecond(0, List.of());
            labels.onEvent(new ScenarioEvent(ScenarioEvent.Type.STAGE_BLOCKED, 1, Optional.of("vpn"), vpn, "no"), null);
            labels.onSecond(1, List.of());
            labels.onEvent(new ScenarioEvent(ScenarioEvent.Type.STAGE_REACHED, 2, Optional.of("vpn"), vpn, "yes"), null);
            labels.onSecond(2, List.of());
            labels.onSecond(3, List.of());
        }

        assertThat(Files.readAllLines(file)).containsExactly("timestamp,attack,chemical_attack,technique,step,stage",
                "2026-01-15T09:00:00Z,0,0,,,", "2026-01-15T09:00:01Z,0,0,,,", "2026-01-15T09:00:02Z,0,0,,,vpn",
                "2026-01-15T09:00:03Z,0,0,,,");
    }

    @Test
    void aRowPerSecondMarksTheRunningAttacksAndTheirPlantsButNotFaults() throws Exception {
        Simulation simulation = HistorianTest.boxes("chemical", "gas");
        Path file = dir.resolve("labels.csv");
        RunningEffect scan = attack("scan", AttackKind.REMOTE_SYSTEM_DISCOVERY, "gas");
        RunningEffect setpoint = attack("setpoint", AttackKind.MODIFY_PARAMETER, "chemical");
        RunningEffect rogue = attack("rogue", AttackKind.UNAUTHORIZED_COMMAND, "chemical");
        try (LabelWriter labels = new LabelWriter(simulation, file)) {
            labels.onSecond(0, List.of());
            labels.onSecond(1, List.of(fault("drift", "gas")));
            labels.onSecond(2, List.of(scan, fault("drift", "gas")));
            labels.onSecond(3, List.of(scan, setpoint));
            labels.onSecond(4, List.of(setpoint, attack("again", AttackKind.MODIFY_PARAMETER, "chemical"), rogue));
            labels.onSecond(5, List.of(attack("everywhere", AttackKind.REMOTE_SYSTEM_DISCOVERY, "chemical", "gas")));
            labels.onSecond(6, List.of(attack("elsewhere", AttackKind.REMOTE_SYSTEM_DISCOVERY, "power")));
        }

        assertThat(Files.readAllLines(file)).containsExactly(
                "timestamp,attack,chemical_attack,gas_attack,technique,step,stage",
                "2026-01-15T09:00:00Z,0,0,0,,,",
                "2026-01-15T09:00:01Z,0,0,0,,,",
                "2026-01-15T09:00:02Z,1,0,1,T0846,scan,",
                "2026-01-15T09:00:03Z,1,1,1,T0846;T0836,scan;setpoint,",
                "2026-01-15T09:00:04Z,1,1,0,T0836;T0855,setpoint;again;rogue,",
                "2026-01-15T09:00:05Z,1,1,1,T0846,everywhere,",
                "2026-01-15T09:00:06Z,1,0,0,T0846,elsewhere,");
    }
}
