package org.icsdrill.ui.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.opcua.OpcUaConfig;
import org.icsdrill.core.opcua.OpcUaEndpoint;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.testplant.TankPlant;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.ConsoleViewModel;
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console learns from the server what it shows of the plants: each plant's mimic (what the plant
 * declares, or nothing) and a tag's past from the SCADA historian (HistoryRead), as the trend reads it.
 */
class ConsoleLearnsFromTheServerTest {

    static final Instant START = Instant.parse("2024-05-01T08:00:00Z");

    @TempDir
    static Path dataDir;

    static Simulation simulation;
    static OpcUaEndpoint endpoint;
    static ConsoleConnection connection;

    @BeforeAll
    static void start() throws Exception {
        simulation = new Simulation(SimulationConfig.defaults(1).withStartTime(START), List.of(Plants.create("gas"), new TankPlant()));
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

    @Test
    void aJapaneseConsoleReadsTheTagsInJapanese() throws Exception {
        try (ConsoleConnection japanese = ConsoleConnection.open(endpoint.endpointUrl(), Locale.JAPANESE)) {
            TagInfo pressure = japanese.plants().get(0).tag("K101.PT102").orElseThrow();
            assertThat(pressure.description())
                    .isEqualTo(Plants.create("gas").tags().translations().description(def("K101.PT102"), "ja"))
                    .isNotEqualTo(def("K101.PT102").description());
        }
        TagInfo english = connection.plants().get(0).tag("K101.PT102").orElseThrow();
        assertThat(english.description()).isEqualTo(def("K101.PT102").description());
    }

    private static TagDef def(String name) {
        var tags = Plants.create("gas").tags();
        return tags.get(tags.require(name));
    }

    @Test
    void aTagsPastComesBackOneValuePerPlantSecondInPlantTime() throws Exception {
        simulation.advance(Duration.ofSeconds(90));
        TagInfo pressure = connection.plants().get(0).tag("K101.PT102").orElseThrow();

        List<TagSample> past = connection.history(pressure, START.plusSeconds(30), START.plusSeconds(90))
                .get(10, TimeUnit.SECONDS);

        assertThat(past).hasSize(60);
        assertThat(past.get(0).sourceTime()).isEqualTo(START.plusSeconds(30));
        assertThat(past.get(59).sourceTime()).isEqualTo(START.plusSeconds(89));
        assertThat(past).allSatisfy(s -> {
            assertThat(s.good()).isTrue();
            assertThat(s.asDouble()).isBetween(1.0, 100.0);
        });
    }
}
