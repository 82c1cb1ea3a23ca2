package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.opcua.OpcUaConfig;
import org.icsdrill.core.opcua.OpcUaEndpoint;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.FaultKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Industroyer's blind window and a lost link, as the HMI sees them over OPC UA: the attacks and
 * faults of the library act on every path to the operator, not on Modbus alone.
 */
class BlindingOverOpcUaTest {

    @TempDir
    Path dataDir;

    /** A drill step with the power plant, its OPC UA server and an HMI client connected to it. */
    private interface Drill {
        void play(PlantRig rig, OpcUaClient hmi) throws Exception;
    }

    private void withHmi(long seed, Drill drill) throws Exception {
        try (PlantRig rig = PlantRig.start(seed, "power");
             OpcUaEndpoint server = OpcUaEndpoint.start(rig.simulation(), rig.journal(), rig.policy(),
                     OpcUaConfig.loopback(dataDir))) {
            OpcUaClient hmi = connect(server);
            try {
                drill.play(rig, hmi);
            } finally {
                hmi.disconnect();
            }
        }
    }

    @Test
    void blockReportingToTheScadaHostFreezesTheHmiWhileTheBreakerOpens() throws Exception {
        withHmi(2016, (rig, hmi) -> {
            rig.advance(Duration.ofSeconds(10));
            Effect blind = rig.attack(AttackKind.BLOCK_REPORTING, "host", "scada");
            rig.advance(Duration.ofSeconds(1));
            DataValue before = read(hmi, "power.GEN.CB");
            rig.attack(AttackKind.UNAUTHORIZED_COMMAND, "target", rig.tag("power.GEN.CB_CMD"), "value", 0);
            rig.advance(Duration.ofSeconds(30));

            DataValue during = read(hmi, "power.GEN.CB");
            assertThat(rig.plcValue(rig.tag("power.GEN.CB"))).as("the breaker is open").isZero();
            assertThat(during.getValue().getValue()).as("the HMI still shows it closed")
                    .isEqualTo(before.getValue().getValue()).isEqualTo(true);
            assertThat(during.getSourceTime()).isEqualTo(before.getSourceTime());
            assertThat(during.getStatusCode().getValue()).isEqualTo(StatusCodes.Uncertain_LastUsableValue);

            rig.stop(blind);
            rig.advance(Duration.ofSeconds(1));
            DataValue after = read(hmi, "power.GEN.CB");
            assertThat(after.getStatusCode()).isEqualTo(StatusCode.GOOD);
            assertThat(after.getValue().getValue()).isEqualTo(false);
        });
    }

    @Test
    void aLostLinkIsNoCommunicationOnOpcUaAsOnModbus() throws Exception {
        withHmi(1, (rig, hmi) -> {
            rig.advance(Duration.ofSeconds(2));
            Effect loss = rig.fault(FaultKind.LINK_LOSS, "plant", "power");
            rig.advance(Duration.ofSeconds(2));
            assertThat(read(hmi, "power.GEN.FT").getStatusCode().getValue())
                    .isEqualTo(StatusCodes.Bad_NoCommunication);
            rig.stop(loss);
            rig.advance(Duration.ofSeconds(1));
            assertThat(read(hmi, "power.GEN.FT").getStatusCode()).isEqualTo(StatusCode.GOOD);
        });
    }

    private static OpcUaClient connect(OpcUaEndpoint server) throws Exception {
        OpcUaClient client = OpcUaClient.create(server.endpointUrl(),
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())
                                && e.getSecurityMode() == MessageSecurityMode.None)
                        .findFirst(),
                transport -> {
                },
                config -> config.setIdentityProvider(new AnonymousProvider()));
        client.connect();
        return client;
    }

    private static DataValue read(OpcUaClient client, String nodeId) throws Exception {
        int ns = client.getNamespaceTable().getIndex(PlantAddress.NAMESPACE_URI).intValue();
        return client.readValue(0, TimestampsToReturn.Both, new NodeId(ns, nodeId));
    }
}
