package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterEntry;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.modbus.RegisterTable;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All four plants in one run, each served over Modbus/TCP and all through one OPC UA server. */
class AllPlantsTogetherTest {

    @TempDir
    static Path dataDir;
    private static SimulatorHost host;

    @BeforeAll
    static void start() throws Exception {
        host = SimulatorHost.start(new RunOptions(Plants.ids(), Speed.MAX, java.time.Duration.ofMinutes(5), 11, 0, 0,
                InetAddress.getLoopbackAddress(), dataDir));
        host.driver().awaitEnd(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void everyPlantRunsAndServesItsFirstMeasurementOverModbus() throws Exception {
        assertThat(host.modbusServers()).extracting(ModbusTcpServer::plantId)
                .containsExactly("power", "gas", "building", "chemical");
        for (ModbusTcpServer server : host.modbusServers()) {
            PlantRuntime plant = host.simulation().plant(server.plantId());
            assertThat(plant.view().status()).as(plant.id()).hasToString("RUNNING");
            RegisterEntry first = RegisterMap.of(plant.catalog()).entries(RegisterTable.INPUT_REGISTER).get(0);
            ModbusTCPMaster master = new ModbusTCPMaster("127.0.0.1", server.port(), 5_000, false);
            master.connect();
            try {
                InputRegister[] words = master.readInputRegisters(1, first.address(), 2);
                float value = Float.intBitsToFloat((words[0].getValue() << 16) | words[1].getValue());
                assertThat((double) value).as(first.tag().name())
                        .isEqualTo((double) (float) plant.view().value(first.tagIndex()));
            } finally {
                master.disconnect();
            }
        }
    }

    @Test
    void oneOpcUaServerHasAFolderPerPlantWithLiveValues() throws Exception {
        OpcUaClient client = OpcUaClient.create(host.opcUa().endpointUrl());
        client.connect();
        try {
            int ns = client.getNamespaceTable().getIndex("urn:icsdrill:plants").intValue();
            for (PlantRuntime plant : host.simulation().plants()) {
                String tag = plant.catalog().get(0).name();
                DataValue value = client.readValues(0, TimestampsToReturn.Both,
                        List.of(new NodeId(ns, plant.id() + "." + tag))).get(0);
                assertThat(value.getStatusCode().isGood()).as(plant.id() + "." + tag).isTrue();
                assertThat(((Number) value.getValue().getValue()).doubleValue())
                        .isEqualTo(plant.view().value(0));
            }
        } finally {
            client.disconnect();
        }
    }
}
