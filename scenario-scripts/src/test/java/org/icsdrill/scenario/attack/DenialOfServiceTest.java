package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.model.AttackKind;
import org.junit.jupiter.api.Test;

/**
 * T0814 against a Modbus endpoint. The server's connection cap is shared by every client, so a
 * flood takes every free slot: a SCADA connection opened before keeps being served, a new one is
 * closed at once (the hardening issue).
 */
class DenialOfServiceTest {

    private static final int SERVER_SLOTS = 8;

    @Test
    void aConnectionFloodTakesEveryFreeSlotSoANewScadaConnectionIsRefused() throws Exception {
        ModbusServerConfig config = new ModbusServerConfig(InetAddress.getLoopbackAddress(), 0, SERVER_SLOTS,
                Duration.ofMinutes(2));
        try (PlantRig rig = PlantRig.start(config, "gas");
             ModbusHostClient before = rig.connect(rig.host("scada"), "gas")) {
            before.readHoldingRegisters(0, 2);
            ConnectionFlood flood = (ConnectionFlood) rig.attack(AttackKind.DENIAL_OF_SERVICE, "plant", "gas",
                    "mode", "connection_flood");
            awaitUntil(() -> flood.peak() > 0);
            assertThat(flood.peak()).isEqualTo(SERVER_SLOTS - 1);
            assertThat(flood.held()).isEqualTo(SERVER_SLOTS - 1);

            before.readHoldingRegisters(0, 2); // an established session is still served
            try (ModbusHostClient after = rig.connect(rig.host("scada"), "gas")) {
                // the server accepted the TCP connection and closed it: no slot left
                assertThatThrownBy(() -> after.readHoldingRegisters(0, 2)).isInstanceOf(Exception.class);
            }
            assertThat(rig.server("gas").openConnections()).isEqualTo(SERVER_SLOTS);

            rig.stop(flood);
            assertThat(flood.held()).isZero();
            awaitUntil(() -> rig.server("gas").openConnections() == 1);
            try (ModbusHostClient after = rig.connect(rig.host("scada"), "gas")) {
                after.readHoldingRegisters(0, 2);
            }
        }
    }

    @Test
    void aRequestStormSendsBackToBackRequestsFromTheAttackerUntilStopped() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas")) {
            RequestStorm storm = (RequestStorm) rig.attack(AttackKind.DENIAL_OF_SERVICE, "plant", "gas",
                    "mode", "request_storm");
            awaitUntil(() -> storm.requests() > 200);
            Thread traffic = trafficThread("dos-storm-");
            rig.stop(storm);
            // no request can follow: the one thread that sends them has ended
            assertThat(traffic.isAlive()).as("the storm's thread after stop").isFalse();
            assertThat(rig.journalFrom("attacker")).hasSizeGreaterThan(200)
                    .allSatisfy(t -> assertThat(t.function()).isEqualTo("FC03 read holding registers"));
        }
    }

    @Test
    void aRequestStormKeepsToItsRate() throws Exception {
        try (PlantRig rig = PlantRig.start(1, "gas")) {
            long started = System.nanoTime();
            RequestStorm storm = (RequestStorm) rig.attack(AttackKind.DENIAL_OF_SERVICE, "plant", "gas",
                    "mode", "request_storm", "rate", 20);
            // at 20 a second the 21st request is due 1 s after the first, never sooner; by 2.5 s it has kept
            // up with its rate (at least 8 a second) even on a loaded machine
            awaitUntil(() -> storm.requests() >= 21);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            rig.stop(storm);
            assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofMillis(2_500));
        }
    }

    /** The one live traffic thread whose name starts with {@code prefix} (TrafficThread names its thread). */
    private static Thread trafficThread(String prefix) {
        List<Thread> live = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix) && t.isAlive()).toList();
        assertThat(live).as("live threads named %s*", prefix).hasSize(1);
        return live.get(0);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(20); // the poll interval
        }
    }
}
