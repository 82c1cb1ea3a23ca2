package org.icsdrill.ui.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.opcua.OpcUaConfig;
import org.icsdrill.core.opcua.OpcUaEndpoint;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.testplant.TankPlant;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.ConsoleViewModel;
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console learns each plant's mimic from the server: what the plant declares, or nothing. */
class ConsoleMimicsTest {

    @TempDir
    static Path dataDir;

    static OpcUaEndpoint endpoint;
    static ConsoleConnection connection;

    @BeforeAll
    static void start() throws Exception {
        var simulation = new Simulation(SimulationConfig.defaults(1), List.of(Plants.create("gas"), new TankPlant()));
        endpoint = OpcUaEndpoint.start(simulation, TransactionJournal.inMemory(1_000), new SourcePolicy(),
                new OpcUaConfig("127.0.0.1", 0, dataDir, List.of()));
        connection = ConsoleConnection.open(endpoint.endpointUrl());
    }

    @AfterAll
    static void stop() {
        if (connection != null) {
            connection.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void aPlantsMimicIsWhatThePlantDeclares() {
        PlantInfo gas = connection.plants().get(0);

        assertThat(gas.id()).isEqualTo("gas");
        assertThat(gas.mimic()).isEqualTo(Plants.create("gas").mimic());
        assertThat(gas.tags()).extracting(TagInfo::name).doesNotContain("Mimic");
    }

    @Test
    void aPlantWithoutAMimicHasNoMimicScreen() throws Exception {
        PlantInfo tank = connection.plants().get(1);

        assertThat(tank.mimic()).isEmpty();
        assertThat(tank.tags()).hasSize(new TankPlant().tags().size());
        try (var console = new ConsoleViewModel(ConsoleConnection.open(endpoint.endpointUrl()),
                Messages.load(Locale.ENGLISH), Runnable::run)) {
            assertThat(console.mimics()).extracting(m -> m.plant().id()).containsExactly("gas");
            assertThat(console.mimic("tank")).isNull();
        }
    }
}
