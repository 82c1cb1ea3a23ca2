package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.icsdrill.api.MimicJson;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.mimic.MimicText;
import org.icsdrill.core.mimic.SymbolKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plant's mimic over OPC UA: what the plant declares is what a client reads, and nobody writes it. */
class PlantMimicOpcUaTest {

    /** The test plant again, under another id, with a mimic of its own. */
    static final class DrawnPlant extends TestPlant {

        static final String ID = "drawnplant";
        static final MimicLayout MIMIC = MimicLayout.builder(ID, 400, 300)
                .heading(MimicText.of("Heated tank", "加熱タンク"), 10, 10)
                .flow(MimicLayout.LineKind.PROCESS, 10, 100, 200, 100)
                .add(Equipment.at(SymbolKind.VESSEL, "T1", 150, 150).size(60, 100).level("T1.TT101")
                        .loop(Equipment.Loop.of("TC101", "T1.TT101", "T1.TC101_SP", "T1.HTR101", "T1.TC101_AUTO")))
                .add(Equipment.lamp("T1.TRIP", 20, 260).text(MimicText.of("Trip (T1.TRIP)", "トリップ（T1.TRIP）")))
                .gauge("T1.TT101", 250, 120)
                .build();

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Optional<MimicLayout> mimic() {
            return Optional.of(MIMIC);
        }
    }

    @TempDir
    static Path dataDir;

    static OpcUaFixture plants;
    static OpcUaClient anonymous;

    @BeforeAll
    static void start() throws Exception {
        plants = new OpcUaFixture(dataDir, new TestPlant(), new DrawnPlant());
        anonymous = OpcUaTestClients.anonymous(plants.endpoint);
    }

    @AfterAll
    static void stop() throws Exception {
        if (anonymous != null) {
            anonymous.disconnect();
        }
        if (plants != null) {
            plants.close();
        }
    }

    @Test
    void theMimicReadsBackEqualToTheDeclaredLayout() throws Exception {
        DataValue value = read(anonymous, DrawnPlant.ID);

        assertThat(value.getStatusCode().isGood()).isTrue();
        assertThat(MimicJson.read((String) value.getValue().getValue())).isEqualTo(DrawnPlant.MIMIC);
    }

    @Test
    void anOperatorReadsItTooButNobodyWritesIt() throws Exception {
        OpcUaClient operator = OpcUaTestClients.user(plants.endpoint, plants.operator());
        try {
            assertThat(read(operator, DrawnPlant.ID).getValue().getValue()).isEqualTo(MimicJson.write(DrawnPlant.MIMIC));

            StatusCode written = operator.writeValues(List.of(node(operator, DrawnPlant.ID)),
                    List.of(DataValue.valueOnly(new Variant("{}")))).get(0);
            assertThat(written.isGood()).isFalse();
            assertThat(read(operator, DrawnPlant.ID).getValue().getValue()).isEqualTo(MimicJson.write(DrawnPlant.MIMIC));
        } finally {
            operator.disconnect();
        }
    }

    @Test
    void itSitsInThePlantFolderBesideTheUnitsAndAPlantWithoutOneHasNone() throws Exception {
        NodeId folder = new NodeId(namespace(anonymous), PlantAddress.plantFolder(DrawnPlant.ID));
        List<ReferenceDescription> children = anonymous.getAddressSpace().browse(folder);

        assertThat(children).extracting(r -> r.getBrowseName().name()).containsExactlyInAnyOrder("Mimic", "T1");
        assertThat(children).filteredOn(r -> r.getBrowseName().name().equals("Mimic"))
                .singleElement().extracting(ReferenceDescription::getNodeClass).isEqualTo(NodeClass.Variable);
        assertThat(read(anonymous, TestPlant.ID).getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_NodeIdUnknown);
    }

    @Test
    void theJournalKeepsTheReadButNotTheWholeDrawing() throws Exception {
        read(anonymous, DrawnPlant.ID);

        assertThat(plants.journal.recent()).filteredOn(t -> t.address().endsWith(PlantAddress.mimic(DrawnPlant.ID)))
                .isNotEmpty().allSatisfy(t -> {
                    assertThat(t.plant()).isEqualTo(DrawnPlant.ID);
                    assertThat(t.values()).hasSizeLessThan(ServiceJournal.MAX_TEXT + 40)
                            .startsWith("{\"plantId\":\"drawnplant\"")
                            .endsWith("(" + MimicJson.write(DrawnPlant.MIMIC).length() + " characters)");
                });
    }

    private static DataValue read(OpcUaClient client, String plantId) throws Exception {
        return client.readValue(0, TimestampsToReturn.Both, node(client, plantId));
    }

    private static NodeId node(OpcUaClient client, String plantId) {
        return new NodeId(namespace(client), PlantAddress.mimic(plantId));
    }

    private static int namespace(OpcUaClient client) {
        return OpcUaTestClients.namespaceIndex(client).orElseThrow();
    }
}
