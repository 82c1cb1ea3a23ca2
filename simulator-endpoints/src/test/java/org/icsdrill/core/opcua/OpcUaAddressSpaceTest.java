package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.client.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.icsdrill.core.tag.EngineeringUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an anonymous client sees: the tree, the node metadata, live values; and that it cannot write. */
class OpcUaAddressSpaceTest {

    @TempDir
    static Path dataDir;

    static OpcUaFixture plant;
    static OpcUaClient client;

    @BeforeAll
    static void start() throws Exception {
        plant = new OpcUaFixture(dataDir);
        client = OpcUaTestClients.anonymous(plant.endpoint);
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.disconnect();
        }
        if (plant != null) {
            plant.close();
        }
    }

    @Test
    void browsesObjectsPlantsPlantUnitTag() throws Exception {
        NodeId plants = child(NodeIds.ObjectsFolder, "Plants");
        NodeId testPlant = child(plants, TestPlant.ID);
        NodeId unit = child(testPlant, "T1");

        assertThat(browseNames(unit)).containsExactly("TT101", "TC101_SP", "TC101_KP", "TC101_AUTO", "HTR101",
                "HTR101_ON", "STEP", "TRIP");
        assertThat(child(unit, "TT101")).isEqualTo(OpcUaTestClients.tagNode(client, "T1.TT101"));
        assertThat(plants.getIdentifier()).isEqualTo("Plants");
    }

    @Test
    void measurementIsAnAnalogItemWithRangeUnitAndDescription() throws Exception {
        NodeId tt101 = OpcUaTestClients.tagNode(client, "T1.TT101");
        UaVariableNode node = client.getAddressSpace().getVariableNode(tt101);

        assertThat(node).isInstanceOf(AnalogItemTypeNode.class);
        AnalogItemTypeNode analog = (AnalogItemTypeNode) node;
        Range range = analog.getEuRange();
        assertThat(range.getLow()).isEqualTo(0.0);
        assertThat(range.getHigh()).isEqualTo(200.0);
        EUInformation units = analog.getEngineeringUnits();
        assertThat(units.getNamespaceUri()).isEqualTo("http://www.opcfoundation.org/UA/units/un/cefact");
        assertThat(units.getUnitId()).isEqualTo(EngineeringUnit.CELSIUS.opcUaUnitId()).isEqualTo(4408652);
        assertThat(units.getDisplayName().text()).isEqualTo("°C");
        assertThat(units.getDescription().text()).isEqualTo("degree Celsius");
        assertThat(analog.getInstrumentRange().getHigh()).isEqualTo(200.0);
        assertThat(node.getDescription().text()).isEqualTo("Tank temperature");
        assertThat(node.getDataType()).isEqualTo(NodeIds.Double);
    }

    @Test
    void discreteTagsHaveTheirOwnDataTypes() throws Exception {
        UaVariableNode mode = client.getAddressSpace().getVariableNode(OpcUaTestClients.tagNode(client, "T1.TC101_AUTO"));
        UaVariableNode step = client.getAddressSpace().getVariableNode(OpcUaTestClients.tagNode(client, "T1.STEP"));

        assertThat(mode.getDataType()).isEqualTo(NodeIds.Boolean);
        assertThat(mode.readValue().getValue().getValue()).isEqualTo(true);
        assertThat(step.getDataType()).isEqualTo(NodeIds.UInt16);
        assertThat(step.readValue().getValue().getValue()).isEqualTo(UShort.valueOf(3));
    }

    @Test
    void accessLevelsSayWhatIsWritableAndAnonymousMayWriteNothing() throws Exception {
        UaVariableNode measurement = client.getAddressSpace()
                .getVariableNode(OpcUaTestClients.tagNode(client, "T1.TT101"));
        UaVariableNode setpoint = client.getAddressSpace()
                .getVariableNode(OpcUaTestClients.tagNode(client, "T1.TC101_SP"));

        // every tag is historized: HistoryRead beside CurrentRead (ADR 3)
        assertThat(AccessLevel.fromValue(measurement.getAccessLevel()))
                .containsExactlyInAnyOrder(AccessLevel.CurrentRead, AccessLevel.HistoryRead);
        assertThat(AccessLevel.fromValue(setpoint.getAccessLevel()))
                .containsExactlyInAnyOrder(AccessLevel.CurrentRead, AccessLevel.CurrentWrite, AccessLevel.HistoryRead);
        assertThat(AccessLevel.fromValue(setpoint.getUserAccessLevel()))
                .containsExactlyInAnyOrder(AccessLevel.CurrentRead, AccessLevel.HistoryRead);
    }

    @Test
    void valueComesFromThePublishedViewWithPlantTimeAsSourceTimestamp() throws Exception {
        plant.simulation.advance(Duration.ofSeconds(2));
        NodeId tt101 = OpcUaTestClients.tagNode(client, "T1.TT101");

        DataValue value = client.readValue(0, TimestampsToReturn.Both, tt101);

        var view = plant.simulation.plant(TestPlant.ID).view();
        assertThat((Double) value.getValue().getValue()).isEqualTo(view.value(TestPlant.Tag.TEMPERATURE.ordinal()));
        assertThat(value.getSourceTime().getJavaInstant())
                .isEqualTo(plant.simulation.plantInstant(view.plantTimeSeconds()));
        assertThat(value.getServerTime()).isNotNull();
    }

    @Test
    void subscriptionDeliversChangesAsThePlantSteps() throws Exception {
        NodeId tt101 = OpcUaTestClients.tagNode(client, "T1.TT101");
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(tt101);
        item.setSamplingInterval(100.0);
        BlockingQueue<DataValue> received = new LinkedBlockingQueue<>();
        item.setDataValueListener((i, v) -> received.add(v));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        try {
            DataValue initial = received.poll(5, TimeUnit.SECONDS);
            assertThat(initial).as("initial notification").isNotNull();

            plant.simulation.advance(Duration.ofSeconds(10));
            double expected = plant.value(TestPlant.Tag.TEMPERATURE);
            assertThat(expected).isNotEqualTo(initial.getValue().getValue());

            DataValue last = initial;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!Double.valueOf(expected).equals(last.getValue().getValue()) && System.nanoTime() < deadline) {
                DataValue next = received.poll(200, TimeUnit.MILLISECONDS);
                last = next != null ? next : last;
            }
            assertThat(last.getValue().getValue()).isEqualTo(expected);
        } finally {
            subscription.delete();
        }
        assertThat(plant.journal.recent()).anySatisfy(t -> {
            assertThat(t.function()).isEqualTo("CreateMonitoredItems");
            assertThat(t.address()).isEqualTo(tt101.toParseableString());
            assertThat(t.result()).isEqualTo("Good");
        });
    }

    @Test
    void readsOfPlantNodesAreJournaledButServerObjectsAreNot() throws Exception {
        NodeId setpoint = OpcUaTestClients.tagNode(client, "T1.TC101_SP");
        client.readValue(0, TimestampsToReturn.Both, NodeIds.Server_ServerStatus_State);

        client.readValue(0, TimestampsToReturn.Both, setpoint);

        assertThat(plant.journal.recent()).allSatisfy(t -> assertThat(t.address()).doesNotStartWith("i="))
                .anySatisfy(t -> {
                    assertThat(t.function()).isEqualTo("Read");
                    assertThat(t.address()).isEqualTo(setpoint.toParseableString());
                    assertThat(t.plant()).isEqualTo(TestPlant.ID);
                    assertThat(t.source()).startsWith("127.0.0.1:");
                });
    }

    @Test
    void anonymousWriteIsRefused() throws Exception {
        NodeId setpoint = OpcUaTestClients.tagNode(client, "T1.TC101_SP");

        List<StatusCode> results = client.writeValues(List.of(setpoint), List.of(DataValue.valueOnly(new Variant(70.0))));

        assertThat(results.get(0).getValue()).isEqualTo(StatusCodes.Bad_UserAccessDenied);
        plant.simulation.step();
        assertThat(plant.value(TestPlant.Tag.SETPOINT)).isEqualTo(60.0);
    }

    private NodeId child(NodeId parent, String browseName) throws Exception {
        return browse(parent).stream()
                .filter(r -> browseName.equals(r.getBrowseName().name()))
                .findFirst()
                .flatMap(r -> r.getNodeId().toNodeId(client.getNamespaceTable()))
                .orElseThrow(() -> new AssertionError("no " + browseName + " under " + parent));
    }

    private List<String> browseNames(NodeId parent) throws Exception {
        return browse(parent).stream().map(r -> r.getBrowseName().name()).toList();
    }

    private List<ReferenceDescription> browse(NodeId parent) throws Exception {
        var description = new BrowseDescription(parent, BrowseDirection.Forward, NodeIds.HierarchicalReferences,
                true, uint(0), uint(BrowseResultMask.All.getValue()));
        ReferenceDescription[] references = client.browse(description).getReferences();
        return references == null ? List.of() : List.of(references);
    }
}
