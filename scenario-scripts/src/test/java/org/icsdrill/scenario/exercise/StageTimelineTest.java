package org.icsdrill.scenario.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.icsdrill.api.ChainProgress;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.engine.ScenarioEngine;
import org.icsdrill.scenario.engine.StageRoute;
import org.icsdrill.scenario.engine.StageRunner;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A kill chain's stages on the instructor's timeline and desk: each one reached, and a blocked one once (not
 * at each retry), the next one due; never on the trainees' side, being the script's truth.
 */
class StageTimelineTest {

    @Test
    void theDeskSeesEachStageReachedAndABlockedOneOnceTheTraineesNeither() {
        Simulation simulation = new Simulation(SimulationConfig.defaults(1), List.of(Plants.create("chemical")));
        Exercise exercise = new Exercise(simulation, new SimulationDriver(simulation, Speed.MAX), new SourcePolicy(),
                TransactionJournal.inMemory(10));
        StageRunner runner = stage -> stage.id().equals("usb") ? StageRunner.Outcome.reached(
                new StageRoute(new StageRoute.Place("engineering", ""), Optional.empty()))
                : StageRunner.Outcome.blocked("engineering is quarantined");
        LiveEffectContext context = new LiveEffectContext(simulation, new SourcePolicy(), List.of(),
                HostAddresses.defaults()).withStages(runner);
        ScenarioEngine engine = new ScenarioEngine(ScenarioLoader.load("t.yaml", """
                id: t
                title: T
                plants: [chemical]
                duration: 1h
                timeline:
                  - at: 1m
                    stage: {id: usb, technique: T0847, host: engineering, evidence: [{removable_media: stick}]}
                  - after: usb
                    delay: 1m
                    stage: {id: download, technique: T0843, host: engineering, move: {to: chemical-plc, protocol: modbus}}
                """).scenario(), context, StandardEffects.INSTANCE);
        ScenarioExercise.attach(engine, exercise, null, false);
        simulation.addListener(engine);
        assertThat(exercise.deskState().chain()).as("before the first stage")
                .isEqualTo(new ChainProgress("", "usb", 60.0, ""));

        simulation.advance(Duration.ofMinutes(10));

        // the desk follows the chain: the last stage reached, the next one due and why it was stopped
        assertThat(exercise.deskState().chain())
                .isEqualTo(new ChainProgress("usb", "download", 600.0, "engineering is quarantined"));

        assertThat(exercise.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.STAGE_REACHED)
                .singleElement().satisfies(e -> {
                    assertThat(e.what()).isEqualTo("usb");
                    assertThat(e.detail()).isEqualTo("T0847 engineering");
                    assertThat(e.plantTime()).isEqualTo(60.0);
                });
        assertThat(exercise.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.STAGE_BLOCKED)
                .singleElement().satisfies(e -> {
                    assertThat(e.what()).isEqualTo("download");
                    assertThat(e.detail()).isEqualTo("T0843 engineering is quarantined");
                    assertThat(e.plantTime()).isEqualTo(120.0);
                });
        assertThat(exercise.traineeTimeline()).noneMatch(e -> e.kind().isGroundTruth());
        exercise.close();
    }
}
