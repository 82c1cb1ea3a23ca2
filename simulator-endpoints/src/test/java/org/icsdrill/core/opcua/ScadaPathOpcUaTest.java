package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.icsdrill.core.net.ScadaPath;
import org.icsdrill.core.net.SourcePolicy;
import org.junit.jupiter.api.Test;

/**
 * The OPC UA server stands for the SCADA server: what it serves of a plant comes over the plant's
 * SCADA path. Blocked reports to the SCADA host (T0804) freeze every value and its source time; a
 * lost link turns them Bad_NoCommunication and refuses writes. Checked with a real Milo client.
 */
class ScadaPathOpcUaTest extends OperatorOverOpcUa {

    @Test
    void blockedReportsToTheScadaHostFreezeValuesAndTheirSourceTime() throws Exception {
        plant.simulation.plant(TestPlant.ID).submit("T1.TC101_SP", 150, "test"); // the heater drives the tank up
        plant.simulation.advance(java.time.Duration.ofSeconds(2));
        String scada = plant.endpoint.scadaPath().scadaHost();
        plant.policy.blockReports(SourcePolicy.Origin.ATTACK, scada);
        try {
            DataValue frozen = read("T1.TT101");
            assertThat(frozen.getStatusCode()).isEqualTo(StatusCode.GOOD);
            plant.simulation.advance(java.time.Duration.ofSeconds(4));
            assertThat(read("T1.TT101").getStatusCode()).as("within the poll time-out").isEqualTo(StatusCode.GOOD);
            plant.simulation.advance(java.time.Duration.ofSeconds(16));

            DataValue later = read("T1.TT101");
            assertThat(plant.value(TestPlant.Tag.TEMPERATURE)).isGreaterThan(toDouble(frozen) + 1);
            assertThat(later.getStatusCode().getValue()).as("stale once the SCADA server's time-out has passed")
                    .isEqualTo(StatusCodes.Uncertain_LastUsableValue);
            assertThat(toDouble(later)).isEqualTo(toDouble(frozen));
            assertThat(later.getSourceTime()).isEqualTo(frozen.getSourceTime());
            assertThat(plant.endpoint.scadaPath().link(TestPlant.ID)).isEqualTo(ScadaPath.Link.STALE);
        } finally {
            plant.policy.unblockReports(SourcePolicy.Origin.ATTACK, scada);
        }
        plant.simulation.step();
        assertThat(toDouble(read("T1.TT101"))).isEqualTo(plant.value(TestPlant.Tag.TEMPERATURE));
    }

    @Test
    void blockedReportsToAnotherHostLeaveTheScadaServerLive() throws Exception {
        plant.policy.blockReports(SourcePolicy.Origin.ATTACK, "127.0.0.66");
        try {
            plant.simulation.advance(java.time.Duration.ofSeconds(5));
            assertThat(toDouble(read("T1.TT101"))).isEqualTo(plant.value(TestPlant.Tag.TEMPERATURE));
        } finally {
            plant.policy.unblockReports(SourcePolicy.Origin.ATTACK, "127.0.0.66");
        }
    }

    @Test
    void aLostLinkMakesValuesBadNoCommunicationAndRefusesWrites() throws Exception {
        plant.simulation.step();
        double setpoint = plant.value(TestPlant.Tag.SETPOINT);
        plant.policy.linkDown(TestPlant.ID);
        try {
            assertThat(read("T1.TT101").getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_NoCommunication);
            assertThat(write("T1.TC101_SP", setpoint + 5).getValue()).isEqualTo(StatusCodes.Bad_NoCommunication);
            plant.simulation.step();
            assertThat(plant.value(TestPlant.Tag.SETPOINT)).isEqualTo(setpoint);
        } finally {
            plant.policy.linkUp(TestPlant.ID);
        }
        assertThat(read("T1.TT101").getStatusCode()).isEqualTo(StatusCode.GOOD);
    }

    private static double toDouble(DataValue value) {
        return ((Number) value.getValue().getValue()).doubleValue();
    }
}
