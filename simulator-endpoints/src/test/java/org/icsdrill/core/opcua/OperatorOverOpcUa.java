package org.icsdrill.core.opcua;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The test plant's OPC UA server with the default operator logged in, once per test class. */
abstract class OperatorOverOpcUa {

    @TempDir
    static Path dataDir;

    static OpcUaFixture plant;
    static OpcUaClient operator;

    @BeforeAll
    static void start() throws Exception {
        plant = new OpcUaFixture(dataDir);
        operator = OpcUaTestClients.user(plant.endpoint, plant.operator());
    }

    @AfterAll
    static void stop() throws Exception {
        if (operator != null) {
            operator.disconnect();
        }
        if (plant != null) {
            plant.close();
        }
    }

    static NodeId node(String tag) {
        return OpcUaTestClients.tagNode(operator, tag);
    }

    static StatusCode write(String tag, Object value) throws Exception {
        return operator.writeValues(List.of(node(tag)), List.of(DataValue.valueOnly(new Variant(value)))).get(0);
    }

    static DataValue read(String tag) throws Exception {
        return operator.readValue(0, TimestampsToReturn.Both, node(tag));
    }
}
