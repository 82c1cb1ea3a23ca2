package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.net.SourcePolicy;
import org.junit.jupiter.api.Test;

/** An operator writing over OPC UA: what is accepted, what is refused, and what the journal keeps. */
class OpcUaWriteTest extends OperatorOverOpcUa {

    @Test
    void operatorSetpointWriteIsQueuedAndAppliedAtTheNextTick() throws Exception {
        StatusCode result = write("T1.TC101_SP", 70.0);

        assertThat(result.isGood()).isTrue();
        assertThat(plant.value(TestPlant.Tag.SETPOINT)).as("not before the tick").isEqualTo(60.0);
        plant.simulation.step();
        assertThat(plant.value(TestPlant.Tag.SETPOINT)).isEqualTo(70.0);
    }

    @Test
    void operatorSeesTheSetpointAsWritableButNotTheParameter() throws Exception {
        var setpoint = operator.getAddressSpace().getVariableNode(node("T1.TC101_SP"));
        var gain = operator.getAddressSpace().getVariableNode(node("T1.TC101_KP"));

        assertThat(AccessLevel.fromValue(setpoint.getUserAccessLevel())).contains(AccessLevel.CurrentWrite);
        assertThat(AccessLevel.fromValue(gain.getUserAccessLevel())).doesNotContain(AccessLevel.CurrentWrite);
    }

    @Test
    void operatorMayNotWriteAnEngineerParameter() throws Exception {
        assertThat(write("T1.TC101_KP", 5.0).getValue()).isEqualTo(StatusCodes.Bad_UserAccessDenied);
    }

    @Test
    void deniedWritesAndFailedLoginsGoToTheAuditLog() throws Exception {
        write("T1.TC101_KP", 5.0);
        assertThatThrownBy(() -> OpcUaTestClients.user(plant.endpoint,
                new Credentials("operator", "wrong password", Role.OPERATOR))).isInstanceOf(UaException.class);

        List<String> audit = Files.readAllLines(dataDir.resolve(AuditLog.FILE));
        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\"event\":\"write_denied\"",
                "\"user\":\"operator\"", "T1.TC101_KP", "Bad_UserAccessDenied", "\"source\":\"127.0.0.1\""));
        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\"event\":\"login_failed\"",
                "\"user\":\"operator\""));
    }

    @Test
    void outOfRangeWriteIsRefused() throws Exception {
        assertThat(write("T1.TC101_SP", 500.0).getValue()).isEqualTo(StatusCodes.Bad_OutOfRange);
    }

    @Test
    void wrongTypeIsRefused() throws Exception {
        assertThat(write("T1.TC101_SP", Boolean.TRUE).getValue()).isEqualTo(StatusCodes.Bad_TypeMismatch);
    }

    @Test
    void measurementIsNeverWritable() throws Exception {
        plant.simulation.step();
        double before = plant.value(TestPlant.Tag.TEMPERATURE);

        // Milo checks the UserAccessLevel, read-only for every role on a measurement, before our writer
        assertThat(write("T1.TT101", 150.0).getValue()).isEqualTo(StatusCodes.Bad_UserAccessDenied);
        plant.simulation.step();
        assertThat(plant.value(TestPlant.Tag.TEMPERATURE)).as("moved by the physics only").isLessThan(before + 10);
        assertThat(plant.journal.recent()).anySatisfy(t -> {
            assertThat(t.address()).endsWith("testplant.T1.TT101");
            assertThat(t.result()).isEqualTo("Bad_UserAccessDenied");
        });
    }

    @Test
    void booleanModeWriteSwitchesTheLoopToManual() throws Exception {
        assertThat(write("T1.TC101_AUTO", Boolean.FALSE).isGood()).isTrue();
        plant.simulation.step();
        assertThat(plant.value(TestPlant.Tag.AUTO)).isEqualTo(0.0);

        assertThat(write("T1.TC101_AUTO", Boolean.TRUE).isGood()).isTrue();
        plant.simulation.step();
        assertThat(plant.value(TestPlant.Tag.AUTO)).isEqualTo(1.0);
    }

    @Test
    void journalRecordsTheWriteWithTheClientsAddress() throws Exception {
        write("T1.TC101_SP", 65.5);

        Transaction written = plant.journal.recent().stream()
                .filter(t -> t.function().equals("Write") && t.values().equals("65.5"))
                .findFirst().orElseThrow();
        assertThat(written.protocol()).isEqualTo("opcua");
        assertThat(written.plant()).isEqualTo(TestPlant.ID);
        assertThat(written.address()).endsWith(";s=testplant.T1.TC101_SP");
        assertThat(written.result()).isEqualTo("Good");
        assertThat(written.source()).matches("127\\.0\\.0\\.1:\\d+")
                .isNotEqualTo("127.0.0.1:" + plant.endpoint.port());
        assertThat(written.wallTime()).isNotNull();
    }

    @Test
    void journalRecordsRefusedWritesToo() throws Exception {
        write("T1.TC101_KP", 7.0);

        assertThat(plant.journal.recent()).anySatisfy(t -> {
            assertThat(t.function()).isEqualTo("Write");
            assertThat(t.address()).endsWith("testplant.T1.TC101_KP");
            assertThat(t.result()).isEqualTo("Bad_UserAccessDenied");
        });
    }

    @Test
    void blockedCommandsAreAnsweredGoodButNeverReachThePlant() throws Exception {
        plant.simulation.step();
        double before = plant.value(TestPlant.Tag.SETPOINT);
        plant.policy.blockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.1");
        try {
            assertThat(write("T1.TC101_SP", 99.0).isGood()).isTrue();
            plant.simulation.step();
            assertThat(plant.value(TestPlant.Tag.SETPOINT)).isEqualTo(before);
            assertThat(plant.journal.recent()).anySatisfy(t -> {
                assertThat(t.values()).isEqualTo("99.0");
                assertThat(t.result()).startsWith("Good").contains("dropped");
            });
        } finally {
            plant.policy.unblockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.1");
        }
    }
}
