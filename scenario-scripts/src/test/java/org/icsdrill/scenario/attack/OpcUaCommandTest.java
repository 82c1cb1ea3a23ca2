package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.opcua.OpcUaConfig;
import org.icsdrill.core.opcua.OpcUaEndpoint;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** T0855 over OPC UA: an anonymous write from the attacker's address is refused, and the attempt is journaled. */
class OpcUaCommandTest {

    @Test
    void theAttackersAnonymousWriteIsRefusedAndJournaledFromItsAddress(@TempDir Path data) throws Exception {
        Simulation sim = new Simulation(SimulationConfig.defaults(1), List.of(Plants.create("chemical")));
        SourcePolicy policy = new SourcePolicy();
        try (TransactionJournal journal = TransactionJournal.inMemory(1000);
             OpcUaEndpoint server = OpcUaEndpoint.start(sim, journal, policy,
                     new OpcUaConfig("127.0.0.1", 0, data, List.of()))) {
            LiveEffectContext context = new LiveEffectContext(sim, policy, List.of(), HostAddresses.defaults())
                    .withOpcUa(server.endpointUrl());
            Action.AttackStart attack = (Action.AttackStart) ScenarioLoader.load("t.yaml", """
                    id: t
                    title: t
                    description: t
                    plants: [chemical]
                    duration: 1m
                    briefing: t
                    instructor_notes: t
                    timeline:
                      - at: 0s
                        attack: {id: write, kind: unauthorized_command, protocol: opcua,
                                 target: chemical.R1.TIC101.SP, value: 355}
                    """).scenario().steps().get(0).action();

            AttackLibrary.start(attack, context);
            sim.step();

            assertThat(sim.plant("chemical").view().value(sim.plant("chemical").catalog().require("R1.TIC101.SP")))
                    .isEqualTo(350.0);
            assertThat(journal.recent()).filteredOn(Transaction::isWrite).singleElement().satisfies(t -> {
                assertThat(t.source()).startsWith("127.0.0.66:");
                assertThat(t.protocol()).isEqualTo("opcua");
                assertThat(t.result()).contains("Bad_UserAccessDenied");
            });
        }
    }
}
