package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ghgande.j2mod.modbus.ModbusException;
import java.time.Duration;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.effect.TagLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;

/** Attacks on the network path: real Modbus traffic from the attacker's loopback address. */
class NetworkAttacksTest {

    private static final Duration TICK = Duration.ofMillis(100);

    @Test
    void anUnauthorizedWriteComesFromTheAttackerAndIsAppliedAtTheNextTick() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas", "chemical")) {
            TagRef setpoint = rig.tag("gas.K101.PIC201.SP");
            assertThat(rig.attack(AttackKind.UNAUTHORIZED_COMMAND, "target", setpoint, "value", 52.5))
                    .isSameAs(Effect.DONE);
            assertThat(rig.journalFrom("127.0.0.66")).singleElement().satisfies(t -> {
                assertThat(t.plant()).isEqualTo("gas");
                assertThat(t.function()).isEqualTo("FC16 write multiple registers");
                assertThat(t.result()).isEqualTo("ok");
            });
            assertThat(rig.plcValue(setpoint)).isNotEqualTo(52.5);
            rig.advance(TICK);
            assertThat(rig.plcValue(setpoint)).isEqualTo(52.5);

            TagRef agitator = rig.tag("chemical.R1.M101"); // a coil
            rig.attack(AttackKind.UNAUTHORIZED_COMMAND, "target", agitator, "value", 0, "host", "engineering");
            rig.advance(TICK);
            assertThat(rig.plcValue(agitator)).isZero();
            assertThat(rig.journalFrom("engineering")).extracting(Transaction::function)
                    .containsExactly("FC05 write single coil");
        }
    }

    @Test
    void opcUaWithoutAServerAndUnwritableTablesAreRefusedClearly() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas")) {
            assertThatThrownBy(() -> rig.attack(AttackKind.UNAUTHORIZED_COMMAND, "target", rig.tag("gas.K101.PIC201.SP"),
                    "value", 50, "protocol", "opcua")).isInstanceOf(EffectStartException.class)
                    .hasMessageContaining("no OPC UA server");
            assertThatThrownBy(() -> rig.attack(AttackKind.UNAUTHORIZED_COMMAND, "target", rig.tag("gas.K101.ST101"),
                    "value", 50)).hasMessageContaining("input_register");
        }
    }

    @Test
    void blockedCommandsAreAnsweredButNotApplied() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas")) {
            TagRef setpoint = rig.tag("gas.K101.PIC201.SP");
            double before = rig.plcValue(setpoint);
            Effect block = rig.attack(AttackKind.BLOCK_COMMAND, "host", "attacker");
            rig.attack(AttackKind.UNAUTHORIZED_COMMAND, "target", setpoint, "value", 52.5);
            rig.advance(TICK);
            assertThat(rig.plcValue(setpoint)).isEqualTo(before);
            assertThat(rig.journalFrom("attacker")).singleElement()
                    .satisfies(t -> assertThat(t.result()).contains("dropped"));

            rig.stop(block);
            rig.attack(AttackKind.UNAUTHORIZED_COMMAND, "target", setpoint, "value", 52.5);
            rig.advance(TICK);
            assertThat(rig.plcValue(setpoint)).isEqualTo(52.5);
        }
    }

    @Test
    void blockedReportsLeaveTheClientWaiting() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas")) {
            TagRef speed = rig.tag("gas.K101.ST101");
            int address = TagLookup.register(rig, speed).address();
            Effect block = rig.attack(AttackKind.BLOCK_REPORTING, "host", "*");
            try (ModbusHostClient scada = ModbusHostClient.connect(rig.host("scada"), rig.endpoint("gas").modbus(),
                    Duration.ofMillis(300))) {
                assertThatThrownBy(() -> scada.readInputRegisters(address, 2)).isInstanceOf(ModbusException.class);
            }
            rig.stop(block);
            assertThat(rig.readOverModbus("scada", speed)).isPositive();
        }
    }

    @Test
    void discoveryScansAndIdentifiesEveryPlantFromTheAttacker() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas", "chemical")) {
            assertThat(rig.attack(AttackKind.REMOTE_SYSTEM_DISCOVERY)).isSameAs(Effect.DONE);
            assertThat(rig.journalFrom("attacker")).extracting(Transaction::plant, Transaction::function)
                    .contains(org.assertj.core.groups.Tuple.tuple("gas", "FC43/14 read device identification"),
                            org.assertj.core.groups.Tuple.tuple("chemical", "FC43/14 read device identification"));
        }
    }

    @Test
    void deviceIdentificationAsksOnePlantOrAll() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas", "chemical")) {
            rig.attack(AttackKind.DEVICE_IDENTIFICATION, "plant", "chemical");
            assertThat(rig.journalFrom("attacker")).extracting(Transaction::plant).containsExactly("chemical");
            rig.attack(AttackKind.DEVICE_IDENTIFICATION);
            assertThat(rig.journalFrom("attacker")).extracting(Transaction::plant)
                    .containsExactly("chemical", "gas", "chemical");
            assertThat(rig.journalFrom("attacker")).allSatisfy(t -> {
                assertThat(t.function()).isEqualTo("FC43/14 read device identification");
                assertThat(t.result()).isEqualTo("ok");
            });
        }
    }
}
