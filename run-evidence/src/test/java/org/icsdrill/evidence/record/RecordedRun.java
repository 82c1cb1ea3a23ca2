package org.icsdrill.evidence.record;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Scenario;

/**
 * The chemical plant behind a real Modbus server, with the SCADA poller and the engineering
 * workstation, playing a small scenario with a network attack (a write from the attacker) and a
 * controller attack, recorded to {@code out/record.sqlite}. Shared by the record's tests, the
 * child process that is killed mid-run, and the review and report tests (with their own scenario).
 */
public final class RecordedRun implements AutoCloseable {

    static final String SCENARIO = """
            id: record-test
            title: Record test
            description: An inject, a rogue write and a set-point change.
            plants: [chemical]
            seed: 7
            duration: 2h
            start_time: 2026-01-15T09:00:00Z
            briefing: none
            instructor_notes: none
            timeline:
              - at: 10s
                inject: {audience: operator, text: "Shift handover", questions: ["Anything unusual?"]}
              - at: 20s
                attack:
                  id: rogue-write
                  kind: unauthorized_command
                  target: chemical.R1.TIC101.SP
                  value: 352
              - at: 30s
                attack:
                  id: setpoint
                  kind: modify_parameter
                  target: chemical.R1.TIC101.SP
                  value: 358
                  duration: 30s
              - at: 40s
                stop: rogue-write
              - at: 50s
                fault: {id: drift, kind: sensor_drift, target: chemical.R1.LT101, rate: 1}
            """;

    public final Simulation simulation;
    final Scenario scenario;
    final TransactionJournal journal = TransactionJournal.inMemory(1000);
    final ModbusTcpServer server;
    final ScenarioRun run;

    RecordedRun(Path out) throws IOException {
        this(out, SCENARIO);
    }

    /** Plays {@code yaml}, a scenario on the chemical plant only. */
    public RecordedRun(Path out, String yaml) throws IOException {
        this.scenario = ScenarioLoader.load("record-test.yaml", yaml).scenario();
        this.simulation = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX,
                scenario.seed(), scenario.startTime().orElse(Instant.EPOCH)).withZone(scenario.timeZone()), List.of(Plants.create("chemical")));
        SourcePolicy policy = new SourcePolicy();
        this.server = ModbusTcpServer.start(simulation.plant("chemical"), ModbusServerConfig.loopback(0), journal,
                policy, "test");
        PlantEndpoint endpoint = new PlantEndpoint("chemical", new InetSocketAddress(server.address(), server.port()),
                RegisterMap.of(simulation.plant("chemical").catalog()));
        LiveEffectContext context = new LiveEffectContext(simulation, policy, List.of(endpoint),
                HostAddresses.defaults());
        this.run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, true).recordJournal(journal);
    }

    public ExerciseRecord record() {
        return run.record();
    }

    @Override
    public void close() {
        run.close();
        server.close();
        journal.close();
    }
}
